package dev.ferry.ftp.server.auth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. The server checks a command's permission in one place, the dispatcher, from
 * what the command declares, before the command runs.
 */
public enum Permission {
  /** List directories: LIST, NLST, MLSD, MLST, STAT with a path. */
  LIST,
  /** Read files: RETR, SIZE, MDTM, HASH. */
  READ,
  /** Create and overwrite files: STOR, STOU. */
  WRITE,
  /** Append to files: APPE. */
  APPEND,
  /** Delete files: DELE. */
  DELETE,
  /** Rename files and directories: RNFR, RNTO. */
  RENAME,
  /** Create directories: MKD. */
  MKDIR,
  /** Remove directories: RMD. */
  RMDIR,
  /** Change modes and times: SITE CHMOD, MFMT, SITE UTIME. */
  CHMOD;

  private static final Set<Permission> READ_ONLY =
      Collections.unmodifiableSet(EnumSet.of(LIST, READ));

  private static final Set<Permission> ALL =
      Collections.unmodifiableSet(EnumSet.allOf(Permission.class));

  /**
   * Returns the permissions of a read-only user: {@link #LIST} and {@link #READ}.
   *
   * @return an unmodifiable set
   */
  public static Set<Permission> readOnly() {
    return READ_ONLY;
  }

  /**
   * Returns every permission.
   *
   * @return an unmodifiable set
   */
  public static Set<Permission> all() {
    return ALL;
  }

  /**
   * Tells whether this permission changes storage (everything but {@link #LIST} and
   * {@link #READ}). A user with none of these gets a read-only view of the home.
   *
   * @return whether it allows a change
   */
  public boolean isWrite() {
    return !READ_ONLY.contains(this);
  }
}
