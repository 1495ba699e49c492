package dev.ferry.ftp.tls.internal;

import dev.ferry.ftp.tls.TlsConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** File access for key material: clear messages on failure, atomic writes, private key files. */
public final class TlsFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> WORLD_READABLE =
      PosixFilePermissions.fromString("rw-r--r--");

  private TlsFiles() {}

  /**
   * Returns the exception for a file that could not be read, saying why in plain words.
   *
   * @param file the file
   * @param cause the failure
   * @return the exception to throw
   */
  public static TlsConfigurationException unreadable(Path file, IOException cause) {
    String why =
        switch (cause) {
          case NoSuchFileException e -> "no such file";
          case AccessDeniedException e -> "permission denied";
          default -> "cannot read it: " + cause;
        };
    return new TlsConfigurationException(file + ": " + why, cause);
  }

  /**
   * Writes {@code text} to {@code target} atomically (a temporary file in the same folder, then a
   * rename), so a reader never sees half a key. With {@code ownerOnly}, the file is readable and
   * writable by its owner only where the file system has POSIX permissions; elsewhere it gets the
   * folder's defaults.
   *
   * @param target the file to create or replace
   * @param text the content, written as US-ASCII (PEM is ASCII)
   * @param ownerOnly whether only the owner may read the file
   * @throws TlsConfigurationException naming the file if it cannot be written
   */
  public static void writeAtomically(Path target, String text, boolean ownerOnly) {
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
      temporary =
          posix
              ? Files.createTempFile(
                  folder, ".ferry-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
              : Files.createTempFile(folder, ".ferry-", ".tmp");
      Files.writeString(temporary, text, StandardCharsets.US_ASCII);
      if (posix && !ownerOnly) {
        Files.setPosixFilePermissions(temporary, WORLD_READABLE);
      }
      move(temporary, target);
    } catch (IOException e) {
      throw new TlsConfigurationException(target + ": cannot write it: " + e, e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void move(Path source, Path target) throws IOException {
    try {
      Files.move(
          source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing more to do; the temporary file's name says what it was.
    }
  }
}
