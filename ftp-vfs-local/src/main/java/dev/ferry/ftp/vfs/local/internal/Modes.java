package dev.ferry.ftp.vfs.local.internal;

import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Converts between unix mode bits and {@link PosixFilePermission}s. */
final class Modes {
  // PosixFilePermission's constants run from OWNER_READ (0400) down to OTHERS_EXECUTE (0001).
  private static final PosixFilePermission[] BITS = PosixFilePermission.values();

  private Modes() {}

  static Set<PosixFilePermission> toPermissions(int mode) {
    Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < BITS.length; i++) {
      if ((mode & (0400 >> i)) != 0) {
        result.add(BITS[i]);
      }
    }
    return result;
  }

  static int toMode(Set<PosixFilePermission> permissions) {
    int mode = 0;
    for (PosixFilePermission p : permissions) {
      mode |= 0400 >> p.ordinal();
    }
    return mode;
  }
}
