package dev.ferry.ftp.protocol.listing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The MLSx facts Ferry formats and parses (RFC 3659 §7.5), plus the {@code UNIX.*} facts that
 * ProFTPD and Pure-FTPd introduced and clients read. Fact names are case-insensitive (§7.1); each
 * constant has the spelling Ferry writes.
 */
public enum Fact {
  /** {@code type}: file, dir, cdir, pdir or {@code OS.name=type} (§7.5.1). */
  TYPE("type"),
  /** {@code size}: the size in octets, decimal (§7.5.7). */
  SIZE("size"),
  /** {@code modify}: the last modification time, a time-val (§7.5.3). */
  MODIFY("modify"),
  /** {@code create}: the creation time, a time-val (§7.5.4). */
  CREATE("create"),
  /** {@code perm}: what the user may do, letters of {@link MlsxPermission} (§7.5.5). */
  PERM("perm"),
  /** {@code unique}: an identifier unique to the file on the server (§7.5.2). */
  UNIQUE("unique"),
  /** {@code lang}: the language of the file's content (§7.5.6). */
  LANG("lang"),
  /** {@code media-type}: the IANA media type of the content (§7.5.8). */
  MEDIA_TYPE("media-type"),
  /** {@code charset}: the character set of the content (§7.5.9). */
  CHARSET("charset"),
  /** {@code UNIX.mode}: the permission bits in octal, as in {@code 0755}. */
  UNIX_MODE("UNIX.mode"),
  /** {@code UNIX.owner}: the owner as the server shows it, a name or a number. */
  UNIX_OWNER("UNIX.owner"),
  /** {@code UNIX.group}: the group as the server shows it, a name or a number. */
  UNIX_GROUP("UNIX.group"),
  /** {@code UNIX.uid}: the numeric owner; written only when the owner is a number. */
  UNIX_UID("UNIX.uid"),
  /** {@code UNIX.gid}: the numeric group; written only when the group is a number. */
  UNIX_GID("UNIX.gid"),
  /** {@code UNIX.ownername}: the owner's name (ProFTPD); written only when it is not a number. */
  UNIX_OWNERNAME("UNIX.ownername"),
  /** {@code UNIX.groupname}: the group's name (ProFTPD); written only when it is not a number. */
  UNIX_GROUPNAME("UNIX.groupname");

  private static final Map<String, Fact> BY_LOWER_NAME = new HashMap<>();

  static {
    for (Fact f : values()) {
      BY_LOWER_NAME.put(f.wireName.toLowerCase(Locale.ROOT), f);
    }
  }

  private final String wireName;

  Fact(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name Ferry writes on the wire.
   *
   * @return for example {@code modify} or {@code UNIX.mode}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Looks a fact up by name, without regard to case (RFC 3659 §7.1).
   *
   * @param name a fact name, for example {@code Modify}
   * @return the fact, or empty for one Ferry does not know
   */
  public static Optional<Fact> lookup(String name) {
    return Optional.ofNullable(find(name));
  }

  static Fact find(String name) {
    return BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT));
  }
}
