package dev.ferry.ftp.server.internal.listing;

import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.Fact;
import dev.ferry.ftp.protocol.listing.ListingEntry;
import dev.ferry.ftp.protocol.listing.ListingTime;
import dev.ferry.ftp.protocol.listing.Mlsx;
import dev.ferry.ftp.protocol.listing.MlsxPermission;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.FileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * MLSx lines (RFC 3659 §7) for one session: the facts it selected, and {@code perm} facts
 * (§7.5.5) derived from what this user may do and what the backend can do, so that a client never
 * sees a letter for an operation that would be refused. {@code modify} and {@code create} are UTC
 * (§7.5.3), to the millisecond; {@code unique} is the backend's id when it has one.
 *
 * <p>Immutable; safe to hand to a transfer thread.
 */
public final class MlsxFormat {
  private final Set<Fact> facts;
  private final Set<Permission> permissions;
  private final Set<Capability> capabilities;

  /**
   * Creates the format.
   *
   * @param facts the facts to write
   * @param permissions the user's permissions
   * @param capabilities the user's backend's capabilities
   */
  public MlsxFormat(Set<Fact> facts, Set<Permission> permissions, Set<Capability> capabilities) {
    this.facts = copy(facts, Fact.class);
    this.permissions = copy(permissions, Permission.class);
    this.capabilities = copy(capabilities, Capability.class);
  }

  /**
   * Returns the facts a backend with these capabilities can report.
   *
   * @param capabilities the backend's capabilities
   * @return the facts, in {@link Fact} order
   */
  public static Set<Fact> supported(Set<Capability> capabilities) {
    Set<Fact> supported = EnumSet.of(Fact.TYPE, Fact.SIZE, Fact.MODIFY, Fact.CREATE, Fact.PERM,
        Fact.UNIQUE, Fact.UNIX_OWNER, Fact.UNIX_GROUP);
    if (capabilities.contains(Capability.UNIX_PERMISSIONS)) {
      supported.add(Fact.UNIX_MODE);
    }
    return Collections.unmodifiableSet(supported);
  }

  /**
   * Returns the facts selected until the client sends {@code OPTS MLST} (§7.9).
   *
   * @param supported what the backend can report
   * @return type, size, modify, perm, unique, and UNIX.mode where supported
   */
  public static Set<Fact> defaults(Set<Fact> supported) {
    Set<Fact> defaults = EnumSet.of(Fact.TYPE, Fact.SIZE, Fact.MODIFY, Fact.PERM, Fact.UNIQUE,
        Fact.UNIX_MODE);
    defaults.retainAll(supported);
    return Collections.unmodifiableSet(defaults);
  }

  /**
   * Appends an entry's line, without its end. Prepend a space for the MLST reply (§7.2).
   *
   * @param out where to append
   * @param name the name to show
   * @param attributes the entry's attributes
   * @param type the entry's type, to list a directory as {@code cdir} or {@code pdir}
   * @return {@code out}
   */
  public StringBuilder append(StringBuilder out, String name, FileAttributes attributes,
      EntryType type) {
    ListingEntry.Builder entry = ListingEntries.of(name, attributes).toBuilder()
        .type(type)
        .modified(time(attributes.modified()))
        .permissions(perm(type));
    attributes.created().ifPresent(created -> entry.created(time(created)));
    attributes.uniqueId().ifPresent(entry::unique);
    if (!type.equals(EntryType.FILE)) {
      entry.noSize();
    }
    return Mlsx.appendTo(out, entry.build(), facts);
  }

  /**
   * Returns the listing type of an entry.
   *
   * @param attributes the entry's attributes
   * @return its type
   */
  public static EntryType typeOf(FileAttributes attributes) {
    return ListingEntries.type(attributes);
  }

  /** The §7.5.5 letters this user may act on, for an entry of this type. */
  Set<MlsxPermission> perm(EntryType type) {
    Set<MlsxPermission> perm = EnumSet.noneOf(MlsxPermission.class);
    if (type.isDirectory()) {
      add(perm, MlsxPermission.ENTER, may(Permission.LIST));
      add(perm, MlsxPermission.LIST, may(Permission.LIST));
      add(perm, MlsxPermission.CREATE, may(Permission.WRITE));
      add(perm, MlsxPermission.MKDIR, may(Permission.MKDIR) && can(Capability.DIRECTORIES));
      if (type == EntryType.DIRECTORY) {
        add(perm, MlsxPermission.DELETE, may(Permission.RMDIR) && can(Capability.DIRECTORIES));
        add(perm, MlsxPermission.RENAME,
            may(Permission.RENAME) && can(Capability.RENAME_DIRECTORY));
      }
      add(perm, MlsxPermission.PURGE, may(Permission.DELETE));
    } else {
      add(perm, MlsxPermission.READ, may(Permission.READ));
      add(perm, MlsxPermission.WRITE, may(Permission.WRITE));
      add(perm, MlsxPermission.APPEND, may(Permission.APPEND) && can(Capability.APPEND));
      add(perm, MlsxPermission.DELETE, may(Permission.DELETE));
      add(perm, MlsxPermission.RENAME, may(Permission.RENAME));
    }
    return perm;
  }

  /**
   * To the millisecond at most: RFC 3659 §2.3 allows any fraction, but clients (Commons Net,
   * among others) read three digits and drop an entry with more.
   */
  private static ListingTime time(Instant instant) {
    return ListingTime.of(instant, instant.getNano() == 0 ? ChronoUnit.SECONDS : ChronoUnit.MILLIS);
  }

  private boolean may(Permission permission) {
    return permissions.contains(permission);
  }

  private boolean can(Capability capability) {
    return capabilities.contains(capability);
  }

  private static void add(Set<MlsxPermission> perm, MlsxPermission letter, boolean allowed) {
    if (allowed) {
      perm.add(letter);
    }
  }

  private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
    Set<E> copy = EnumSet.noneOf(type);
    copy.addAll(set);
    return Collections.unmodifiableSet(copy);
  }
}
