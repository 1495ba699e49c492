package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.param.HashAlgorithm;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.server.internal.data.AbortSignal;
import dev.ferry.ftp.server.internal.transfer.TransferProgress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checksums of a file's range for HASH and the X-checksum commands: the backend's own when it
 * offers the algorithm ({@link Capability#CHECKSUMS}, for example an object store's stored
 * digest), else computed by streaming the range through the JDK's digest.
 */
final class Checksums {
  private static final int BUFFER = 64 * 1024;

  private Checksums() {}

  /** The algorithms HASH offers: every one Ferry computes, and any other the backend has. */
  static List<HashAlgorithm> algorithms(CommandContext context) {
    List<HashAlgorithm> algorithms = new ArrayList<>(HashAlgorithm.computable());
    if (Storage.has(context, Capability.CHECKSUMS)) {
      for (String name : context.fileSystem().checksumAlgorithms()) {
        HashAlgorithm algorithm = HashAlgorithm.of(name);
        if (!algorithms.contains(algorithm)) {
          algorithms.add(algorithm);
        }
      }
    }
    return algorithms;
  }

  /**
   * Returns the digest of {@code length} bytes from {@code offset}, clipped to the file's end.
   * The file is registered with {@code signal}, so an ABOR closes it and the read fails.
   */
  static byte[] digest(VirtualFileSystem fs, VirtualPath file, HashAlgorithm algorithm,
      long offset, long length, AbortSignal signal, TransferProgress progress)
      throws IOException {
    if (fs.capabilities().contains(Capability.CHECKSUMS)
        && fs.checksumAlgorithms().contains(algorithm.name())) {
      return fs.checksum(file, algorithm.name(), offset, length);
    }
    MessageDigest digest = algorithm.newMessageDigest();
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    long left = length;
    try (ReadableByteChannel in = fs.openRead(file, offset)) {
      signal.register(in);
      while (left > 0) {
        buffer.clear().limit((int) Math.min(BUFFER, left));
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        left -= n;
        progress.add(n);
        digest.update(buffer.flip());
      }
    }
    return digest.digest();
  }
}
