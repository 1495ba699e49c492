package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.param.HashAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Whole-file transfers between a local {@link Path} and the server: resume, checksum verification
 * and modification times around the streams of {@link FtpSession}.
 */
final class FileTransfers {
  private static final int BUFFER = 64 * 1024;

  private FileTransfers() {}

  static TransferResult download(
      FtpSession session, String remote, Path local, TransferOptions options) throws IOException {
    Clock clock = session.config().clock();
    long started = clock.millis();
    boolean binary = options.type().isBinary();
    // SIZE only when something needs it: one round trip fewer for every plain download.
    boolean sizeNeeded = options.resume() || options.listener() != TransferListener.NONE;
    OptionalLong remoteSize =
        binary && sizeNeeded ? Metadata.sizeOnly(session, remote) : OptionalLong.empty();
    long offset = 0;
    if (options.resume() && binary && Files.exists(local)) {
      long have = Files.size(local);
      // A local file longer than the remote one is not a prefix of it: start over.
      offset = remoteSize.isPresent() && have > remoteSize.getAsLong() ? 0 : have;
    }
    HashAlgorithm algorithm = algorithm(session, options);
    MessageDigest digest = algorithm == null ? null : algorithm.newMessageDigest();
    if (digest != null && offset > 0) {
      digestPrefix(local, offset, digest);
    }
    long moved = 0;
    boolean complete = remoteSize.isPresent() && offset > 0 && offset == remoteSize.getAsLong();
    if (!complete) {
      OpenOption[] open =
          offset > 0
              ? new OpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.APPEND}
              : new OpenOption[] {
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING
              };
      try (FileChannel out = FileChannel.open(local, open);
          FtpInputStream in = session.retrieve(remote, offset, options, remoteSize)) {
        moved =
            digest == null
                ? in.receiveInto(out)
                : copy(in, Channels.newOutputStream(out), digest);
      }
    }
    if (digest != null) {
      verify(session, remote, algorithm, digest);
    }
    if (options.preserveModificationTime()) {
      Files.setLastModifiedTime(local, FileTime.from(session.modificationTime(remote)));
    }
    return new TransferResult(
        offset, moved, Duration.ofMillis(clock.millis() - started), Optional.ofNullable(algorithm));
  }

  static TransferResult upload(
      FtpSession session, Path local, String remote, TransferOptions options) throws IOException {
    Clock clock = session.config().clock();
    long started = clock.millis();
    boolean binary = options.type().isBinary();
    long localSize = Files.size(local);
    long offset = 0;
    if (options.resume() && binary) {
      OptionalLong have = Metadata.sizeOnly(session, remote);
      offset = have.isPresent() && have.getAsLong() <= localSize ? have.getAsLong() : 0;
    }
    HashAlgorithm algorithm = algorithm(session, options);
    MessageDigest digest = algorithm == null ? null : algorithm.newMessageDigest();
    if (digest != null && offset > 0) {
      digestPrefix(local, offset, digest);
    }
    long moved = 0;
    if (offset == 0 || offset < localSize) {
      try (FileChannel channel = FileChannel.open(local, StandardOpenOption.READ)) {
        channel.position(offset);
        try (FtpOutputStream out = open(session, remote, offset, options)) {
          try {
            moved =
                digest == null
                    ? out.sendFrom(channel)
                    : copy(Channels.newInputStream(channel), out, digest);
          } catch (IOException | RuntimeException e) {
            // Closing would tell the server the file is complete: abort instead.
            out.abort();
            throw e;
          }
        }
      }
    }
    if (digest != null) {
      verify(session, remote, algorithm, digest);
    }
    if (options.preserveModificationTime()) {
      session.setModificationTime(remote, Files.getLastModifiedTime(local).toInstant());
    }
    return new TransferResult(
        offset, moved, Duration.ofMillis(clock.millis() - started), Optional.ofNullable(algorithm));
  }

  /** A resumed upload overwrites from the offset (REST STREAM, RFC 3659 §5) or appends. */
  private static FtpOutputStream open(
      FtpSession session, String remote, long offset, TransferOptions options) throws IOException {
    if (offset == 0) {
      return session.store(remote, 0, options);
    }
    boolean restStream =
        session.features().findAll("REST").stream()
            .anyMatch(f -> f.parameters().equalsIgnoreCase("STREAM"));
    return restStream ? session.store(remote, offset, options) : session.append(remote, options);
  }

  static HashAlgorithm algorithm(FtpSession session, TransferOptions options)
      throws FtpException {
    if (options.verification() == Verification.NONE || !options.type().isBinary()) {
      return null;
    }
    Optional<HashAlgorithm> preferred = session.checksums().preferred();
    if (preferred.isEmpty() && options.verification() == Verification.REQUIRED) {
      throw new FtpException("verification required, but the server offers no checksum command");
    }
    return preferred.orElse(null);
  }

  static void verify(
      FtpSession session, String remote, HashAlgorithm algorithm, MessageDigest digest)
      throws IOException {
    String local = HexFormat.of().formatHex(digest.digest());
    String server = session.checksum(remote, algorithm);
    if (!Checksums.same(server, local)) {
      throw new FtpVerificationException(remote, algorithm, server, local);
    }
  }

  private static void digestPrefix(Path file, long length, MessageDigest digest)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      long left = length;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new FtpException(file + " is shorter than " + length + " bytes");
        }
        digest.update(buffer, 0, n);
        left -= n;
      }
    }
  }

  private static long copy(InputStream in, OutputStream out, MessageDigest digest)
      throws IOException {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (digest != null) {
        digest.update(buffer, 0, n);
      }
      total += n;
    }
    return total;
  }
}
