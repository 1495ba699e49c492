package dev.ferry.ftp.server.internal.transfer;

import java.io.IOException;

/**
 * What a transfer command does once its data connection is open: send a file, receive one, send a
 * listing. The handler opens the job's storage resources before the {@code 150} reply, so a
 * missing file is a {@code 550} and never a {@code 150} followed by an error; the transfer thread
 * then runs the job and always closes it.
 */
public interface TransferJob {
  /** What kind of transfer it is, for events and logs. */
  enum Kind {
    /** A file to the client (RETR). */
    DOWNLOAD,
    /** A file from the client (STOR, APPE, STOU). */
    UPLOAD,
    /** A directory listing to the client (LIST, NLST, MLSD). */
    LISTING
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Returns the path the transfer concerns, as the user sees it.
   *
   * @return the path
   */
  String path();

  /**
   * Moves the bytes; an upload commits at the end, so only a complete upload becomes visible.
   *
   * @param streams the open data connection, encoded as the transfer parameters say
   * @param progress where to count the local bytes moved
   * @throws IOException on a storage or data connection failure
   */
  void run(DataStreams streams, TransferProgress progress) throws IOException;

  /**
   * Returns the text of the {@code 226} reply after success.
   *
   * @return the text
   */
  String successText();

  /**
   * Releases what the job holds; an upload that was not committed is discarded. Never throws.
   */
  void close();
}
