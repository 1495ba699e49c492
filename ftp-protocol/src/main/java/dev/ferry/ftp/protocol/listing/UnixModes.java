package dev.ferry.ftp.protocol.listing;

/**
 * The nine permission letters of {@code ls -l} ({@code rwxr-xr-x}) and the mode bits they stand
 * for, set-user-ID, set-group-ID and sticky included ({@code s}/{@code S}, {@code t}/{@code T}: the
 * lowercase letter when the execute bit is also set).
 */
final class UnixModes {
  private UnixModes() {}

  /**
   * Returns the mode bits of the nine letters at {@code from}, or -1 if they are not permission
   * letters. Accepts {@code l}/{@code L} in the group's execute place (mandatory locking, shown by
   * some systems for set-group-ID without group execute).
   */
  static int parsePermissions(String line, int from) {
    int mode = 0;
    for (int who = 0; who < 3; who++) {
      int at = from + 3 * who;
      int shift = 6 - 3 * who;
      char r = line.charAt(at);
      char w = line.charAt(at + 1);
      char x = line.charAt(at + 2);
      if (r == 'r') {
        mode |= 4 << shift;
      } else if (r != '-') {
        return -1;
      }
      if (w == 'w') {
        mode |= 2 << shift;
      } else if (w != '-') {
        return -1;
      }
      int special = 04000 >> who; // set-user-ID, set-group-ID, sticky
      char lower = who == 2 ? 't' : 's';
      if (x == 'x') {
        mode |= 1 << shift;
      } else if (x == lower) {
        mode |= (1 << shift) | special;
      } else if (x == Character.toUpperCase(lower) || who == 1 && (x == 'l' || x == 'L')) {
        mode |= special;
      } else if (x != '-') {
        return -1;
      }
    }
    return mode;
  }

  /** Appends the nine letters of {@code mode}. */
  static void appendPermissions(StringBuilder out, int mode) {
    for (int who = 0; who < 3; who++) {
      int shift = 6 - 3 * who;
      out.append((mode & (4 << shift)) != 0 ? 'r' : '-');
      out.append((mode & (2 << shift)) != 0 ? 'w' : '-');
      boolean execute = (mode & (1 << shift)) != 0;
      if ((mode & (04000 >> who)) != 0) {
        char letter = who == 2 ? 't' : 's';
        out.append(execute ? letter : Character.toUpperCase(letter));
      } else {
        out.append(execute ? 'x' : '-');
      }
    }
  }

  /** The file-type letter of {@code ls -l} for an entry type. */
  static char typeLetter(EntryType type) {
    return switch (type) {
      case FILE -> '-';
      case DIRECTORY, CURRENT_DIRECTORY, PARENT_DIRECTORY -> 'd';
      case SYMLINK -> 'l';
      case CHARACTER_DEVICE -> 'c';
      case BLOCK_DEVICE -> 'b';
      case FIFO -> 'p';
      case SOCKET -> 's';
      case OTHER -> '?';
    };
  }
}
