package dev.ferry.ftp.server.internal.listing;

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
 * Sends a listing over the data connection (LIST, NLST), one CRLF-ended UTF-8 line per entry. A
 * directory is streamed from its cursor in batches, so a directory of a million entries never sits
 * in memory; a file is listed as its own single line.
 */
public final class ListingJob implements TransferJob {
  private static final int BATCH_BYTES = 64 * 1024;

  private final String path;
  private final ListingFormat format;
  private final ListingFormatter formatter;
  private final DirectoryCursor cursor;
  private final DirectoryEntry single;

  private ListingJob(String path, ListingFormat format, ListingFormatter formatter,
      DirectoryCursor cursor, DirectoryEntry single) {
    this.path = path;
    this.format = format;
    this.formatter = formatter;
    this.cursor = cursor;
    this.single = single;
  }

  /**
   * Lists a directory.
   *
   * @param path the directory as the user named it
   * @param format the line format
   * @param formatter the formatter
   * @param cursor the open cursor; the job closes it
   * @return the job
   */
  public static ListingJob ofDirectory(String path, ListingFormat format,
      ListingFormatter formatter, DirectoryCursor cursor) {
    return new ListingJob(path, format, formatter, cursor, null);
  }

  /**
   * Lists one file.
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
    return new ListingJob(path, format, formatter, null, new DirectoryEntry(name, attributes));
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
    StringBuilder batch = new StringBuilder(BATCH_BYTES + 512);
    if (single != null) {
      format.append(batch, formatter, single).append("\r\n");
    } else {
      for (DirectoryEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
        format.append(batch, formatter, entry).append("\r\n");
        if (batch.length() >= BATCH_BYTES) {
          flush(batch, out, progress);
        }
      }
    }
    flush(batch, out, progress);
  }

  private static void flush(StringBuilder batch, WritableByteChannel out,
      TransferProgress progress) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(batch.toString().getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      progress.add(out.write(bytes));
    }
    batch.setLength(0);
  }

  @Override
  public String successText() {
    return "Directory send OK.";
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
