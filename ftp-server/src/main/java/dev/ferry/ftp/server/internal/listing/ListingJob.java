package dev.ferry.ftp.server.internal.listing;

import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.ListingFormatter;
import dev.ferry.ftp.server.internal.transfer.DataStreams;
import dev.ferry.ftp.server.internal.transfer.TransferJob;
import dev.ferry.ftp.server.internal.transfer.TransferProgress;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileAttributes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Sends a listing over the data connection, one CRLF-ended UTF-8 line per entry: LIST and NLST
 * ({@link ListingFormat}) and MLSD (RFC 3659 §7.2, {@link MlsxFormat}: a {@code cdir} line, a
 * {@code pdir} line below the root, then the entries). A directory is streamed from its cursor in
 * batches of about {@value #BATCH_CHARS} characters, so a directory of a million entries never
 * sits in memory; a file is listed as its own single line.
 */
public final class ListingJob implements TransferJob {
  private static final int BATCH_CHARS = 64 * 1024;

  /** Appends the line of one entry, without its line end. */
  @FunctionalInterface
  private interface EntryLine {
    StringBuilder append(StringBuilder out, DirectoryEntry entry);
  }

  private final String path;
  private final String preamble;
  private final DirectoryCursor cursor;
  private final EntryLine line;
  private final String successText;

  private ListingJob(String path, String preamble, DirectoryCursor cursor, EntryLine line,
      String successText) {
    this.path = path;
    this.preamble = preamble;
    this.cursor = cursor;
    this.line = line;
    this.successText = successText;
  }

  /**
   * Lists a directory (LIST, NLST).
   *
   * @param path the directory as the user named it
   * @param format the line format
   * @param formatter the formatter
   * @param cursor the open cursor; the job closes it
   * @return the job
   */
  public static ListingJob ofDirectory(String path, ListingFormat format,
      ListingFormatter formatter, DirectoryCursor cursor) {
    return new ListingJob(path, "", cursor,
        (out, entry) -> format.append(out, formatter, entry), "Directory send OK.");
  }

  /**
   * Lists one file (LIST, NLST).
   *
   * @param path the file as the user named it
   * @param format the line format
   * @param formatter the formatter
   * @param name the name to show
   * @param attributes the file's attributes
   * @return the job
   */
  public static ListingJob ofFile(String path, ListingFormat format, ListingFormatter formatter,
      String name, FileAttributes attributes) {
    String only = format.append(new StringBuilder(), formatter, name, attributes)
        .append("\r\n").toString();
    return new ListingJob(path, only, null, null, "Directory send OK.");
  }

  /**
   * Lists a directory in machine form (MLSD).
   *
   * @param path the directory as the user sees it
   * @param format the session's MLSx format
   * @param directory the directory's attributes
   * @param parent the parent's attributes, or {@code null} at the root
   * @param cursor the open cursor; the job closes it
   * @return the job
   */
  public static ListingJob mlsd(String path, MlsxFormat format, FileAttributes directory,
      FileAttributes parent, DirectoryCursor cursor) {
    StringBuilder preamble = format.append(new StringBuilder(), ".", directory,
        EntryType.CURRENT_DIRECTORY).append("\r\n");
    if (parent != null) {
      format.append(preamble, "..", parent, EntryType.PARENT_DIRECTORY).append("\r\n");
    }
    return new ListingJob(path, preamble.toString(), cursor, (out, entry) -> format.append(out,
        entry.name(), entry.attributes(), MlsxFormat.typeOf(entry.attributes())),
        "MLSD send OK.");
  }

  @Override
  public Kind kind() {
    return Kind.LISTING;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public void run(DataStreams streams, TransferProgress progress) throws IOException {
    WritableByteChannel out = streams.output();
    StringBuilder batch = new StringBuilder(BATCH_CHARS + 512).append(preamble);
    if (cursor != null) {
      for (DirectoryEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
        line.append(batch, entry).append("\r\n");
        if (batch.length() >= BATCH_CHARS) {
          flush(batch, out, progress);
        }
      }
    }
    flush(batch, out, progress);
  }

  private static void flush(StringBuilder batch, WritableByteChannel out,
      TransferProgress progress) throws IOException {
    // Listing text is mostly ASCII: the String is Latin-1 inside, and its UTF-8 bytes are one
    // array copy away.
    ByteBuffer bytes = ByteBuffer.wrap(batch.toString().getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      progress.add(out.write(bytes));
    }
    batch.setLength(0);
  }

  @Override
  public String successText() {
    return successText;
  }

  @Override
  public void close() {
    if (cursor != null) {
      try {
        cursor.close();
      } catch (IOException e) {
        // A cursor that fails to close holds nothing more.
      }
    }
  }
}
