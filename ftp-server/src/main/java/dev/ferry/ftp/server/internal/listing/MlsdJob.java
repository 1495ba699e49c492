package dev.ferry.ftp.server.internal.listing;

import dev.ferry.ftp.protocol.listing.EntryType;
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
 * Sends an MLSD listing (RFC 3659 §7.2): a {@code cdir} line for the directory, a {@code pdir} line
 * for its parent when it has one, then one line per entry, streamed from the cursor in batches as
 * {@link ListingJob} does.
 */
public final class MlsdJob implements TransferJob {
  private static final int BATCH_BYTES = 64 * 1024;

  private final String path;
  private final MlsxFormat format;
  private final FileAttributes directory;
  private final FileAttributes parent;
  private final DirectoryCursor cursor;

  /**
   * Creates the job.
   *
   * @param path the directory as the user sees it
   * @param format the session's MLSx format
   * @param directory the directory's attributes
   * @param parent the parent's attributes, or {@code null} at the root
   * @param cursor the open cursor; the job closes it
   */
  public MlsdJob(String path, MlsxFormat format, FileAttributes directory, FileAttributes parent,
      DirectoryCursor cursor) {
    this.path = path;
    this.format = format;
    this.directory = directory;
    this.parent = parent;
    this.cursor = cursor;
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
    format.append(batch, ".", directory, EntryType.CURRENT_DIRECTORY).append("\r\n");
    if (parent != null) {
      format.append(batch, "..", parent, EntryType.PARENT_DIRECTORY).append("\r\n");
    }
    for (DirectoryEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
      FileAttributes attributes = entry.attributes();
      format.append(batch, entry.name(), attributes, MlsxFormat.typeOf(attributes))
          .append("\r\n");
      if (batch.length() >= BATCH_BYTES) {
        flush(batch, out, progress);
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
    return "MLSD send OK.";
  }

  @Override
  public void close() {
    try {
      cursor.close();
    } catch (IOException e) {
      // A cursor that fails to close holds nothing more.
    }
  }
}
