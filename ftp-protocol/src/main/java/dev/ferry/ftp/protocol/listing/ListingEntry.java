package dev.ferry.ftp.protocol.listing;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One entry of a directory listing: what a server formats into a LIST or MLSx line and what a
 * client parses out of one. Immutable; build one with {@link #builder(String, EntryType)}.
 *
 * <p>Only the name and type are always known. Every other detail is optional, because listings
 * differ in what they say: a Windows/IIS line has no owner, an MLSx line has only the facts the
 * client selected, a Unix line states times only to the minute or the day (see {@link
 * ListingTime}). A parsed entry keeps its {@linkplain #rawLine() raw line}, so details no parser
 * reads (ACL marks, VMS protections, device numbers) are not lost.
 *
 * <p>Two entries are equal when all their details, the raw line included, are equal.
 */
public final class ListingEntry {
  static final long NONE = -1;

  final String name;
  final EntryType type;
  final long size;
  final ListingTime modified;
  final ListingTime created;
  final int mode;
  final String owner;
  final String group;
  final long linkCount;
  final String linkTarget;
  final Set<MlsxPermission> permissions;
  final String unique;
  final String lang;
  final String mediaType;
  final String charset;
  final String rawLine;

  private ListingEntry(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.size = b.size;
    this.modified = b.modified;
    this.created = b.created;
    this.mode = b.mode;
    this.owner = b.owner;
    this.group = b.group;
    this.linkCount = b.linkCount;
    this.linkTarget = b.linkTarget;
    this.permissions =
        b.permissions == null ? null : Collections.unmodifiableSet(EnumSet.copyOf(b.permissions));
    this.unique = b.unique;
    this.lang = b.lang;
    this.mediaType = b.mediaType;
    this.charset = b.charset;
    this.rawLine = b.rawLine;
  }

  /**
   * Starts an entry.
   *
   * @param name the entry's name as the listing shows it, not empty; spaces are significant
   * @param type what the entry names
   * @return a builder
   */
  public static Builder builder(String name, EntryType type) {
    return new Builder(name, type);
  }

  /**
   * Returns a builder that starts from this entry's details.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the name as the listing shows it: leading, trailing and repeated spaces kept.
   *
   * @return the name, never empty
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the entry names.
   *
   * @return the type
   */
  public EntryType type() {
    return type;
  }

  /**
   * Returns the size in bytes (for a VMS listing, the blocks used times 512).
   *
   * @return the size, or empty if the listing did not state one (devices, {@code <DIR>} lines)
   */
  public OptionalLong size() {
    return size == NONE ? OptionalLong.empty() : OptionalLong.of(size);
  }

  /**
   * Returns the last modification time and how precisely the listing stated it.
   *
   * @return the time, or empty
   */
  public Optional<ListingTime> modified() {
    return Optional.ofNullable(modified);
  }

  /**
   * Returns the creation time (MLSx {@code create} fact).
   *
   * @return the time, or empty
   */
  public Optional<ListingTime> created() {
    return Optional.ofNullable(created);
  }

  /**
   * Returns the Unix permission bits: {@code 0777} plus set-user-ID {@code 04000}, set-group-ID
   * {@code 02000} and sticky {@code 01000}. The file-type bits are not part of it; {@link #type()}
   * carries the kind.
   *
   * @return the bits, {@code 0} to {@code 07777}, or empty
   */
  public OptionalInt mode() {
    return mode == NONE ? OptionalInt.empty() : OptionalInt.of(mode);
  }

  /**
   * Returns the owner, a name or a number as the listing showed it.
   *
   * @return the owner, or empty
   */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /**
   * Returns the group, a name or a number as the listing showed it.
   *
   * @return the group, or empty
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns the number of hard links.
   *
   * @return the link count, or empty
   */
  public OptionalLong linkCount() {
    return linkCount == NONE ? OptionalLong.empty() : OptionalLong.of(linkCount);
  }

  /**
   * Returns where a symbolic link points, as the listing showed it ({@code name -> target}).
   *
   * @return the target, or empty
   */
  public Optional<String> linkTarget() {
    return Optional.ofNullable(linkTarget);
  }

  /**
   * Returns what the logged-in user may do with the entry (MLSx {@code perm} fact). An empty set
   * means the server said the user may do nothing; an empty optional means it said nothing.
   *
   * @return an unmodifiable set, or empty
   */
  public Optional<Set<MlsxPermission>> permissions() {
    return Optional.ofNullable(permissions);
  }

  /**
   * Returns the server's unique identifier of the file (MLSx {@code unique} fact, EPLF {@code i}).
   *
   * @return the identifier, or empty
   */
  public Optional<String> unique() {
    return Optional.ofNullable(unique);
  }

  /**
   * Returns the language of the file's content (MLSx {@code lang} fact).
   *
   * @return a language tag, or empty
   */
  public Optional<String> lang() {
    return Optional.ofNullable(lang);
  }

  /**
   * Returns the media type of the file's content (MLSx {@code media-type} fact).
   *
   * @return for example {@code text/plain}, or empty
   */
  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /**
   * Returns the character set of the file's content (MLSx {@code charset} fact).
   *
   * @return the charset name, or empty
   */
  public Optional<String> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * Returns the line this entry was parsed from.
   *
   * @return the line, or empty for an entry that was built rather than parsed
   */
  public Optional<String> rawLine() {
    return Optional.ofNullable(rawLine);
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof ListingEntry e
            && name.equals(e.name)
            && type == e.type
            && size == e.size
            && Objects.equals(modified, e.modified)
            && Objects.equals(created, e.created)
            && mode == e.mode
            && Objects.equals(owner, e.owner)
            && Objects.equals(group, e.group)
            && linkCount == e.linkCount
            && Objects.equals(linkTarget, e.linkTarget)
            && Objects.equals(permissions, e.permissions)
            && Objects.equals(unique, e.unique)
            && Objects.equals(lang, e.lang)
            && Objects.equals(mediaType, e.mediaType)
            && Objects.equals(charset, e.charset)
            && Objects.equals(rawLine, e.rawLine);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, type, size, modified, created, mode, owner, group, linkCount, linkTarget,
        permissions, unique, lang, mediaType, charset, rawLine);
  }

  /**
   * Returns the name, type and the details that are present, for logs and test failures.
   *
   * @return a description such as {@code ListingEntry{name=a.txt, type=FILE, size=12}}
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ListingEntry{name=").append(name);
    s.append(", type=").append(type);
    detail(s, "size", size == NONE ? null : size);
    detail(s, "modified", modified);
    detail(s, "created", created);
    detail(s, "mode", mode == NONE ? null : Integer.toOctalString(mode));
    detail(s, "owner", owner);
    detail(s, "group", group);
    detail(s, "linkCount", linkCount == NONE ? null : linkCount);
    detail(s, "linkTarget", linkTarget);
    detail(s, "permissions", permissions);
    detail(s, "unique", unique);
    detail(s, "lang", lang);
    detail(s, "mediaType", mediaType);
    detail(s, "charset", charset);
    detail(s, "rawLine", rawLine);
    return s.append('}').toString();
  }

  private static void detail(StringBuilder s, String label, Object value) {
    if (value != null) {
      s.append(", ").append(label).append('=').append(value);
    }
  }

  /** Builds a {@link ListingEntry}. Setting a detail to {@code null} clears it. */
  public static final class Builder {
    private String name;
    private EntryType type;
    private long size = NONE;
    private ListingTime modified;
    private ListingTime created;
    private int mode = (int) NONE;
    private String owner;
    private String group;
    private long linkCount = NONE;
    private String linkTarget;
    private EnumSet<MlsxPermission> permissions;
    private String unique;
    private String lang;
    private String mediaType;
    private String charset;
    private String rawLine;

    private Builder(String name, EntryType type) {
      name(name);
      type(type);
    }

    private Builder(ListingEntry e) {
      this(e.name, e.type);
      size = e.size;
      modified = e.modified;
      created = e.created;
      mode = e.mode;
      owner = e.owner;
      group = e.group;
      linkCount = e.linkCount;
      linkTarget = e.linkTarget;
      permissions(e.permissions);
      unique = e.unique;
      lang = e.lang;
      mediaType = e.mediaType;
      charset = e.charset;
      rawLine = e.rawLine;
    }

    /**
     * Sets the name.
     *
     * @param name not empty
     * @return this builder
     * @throws IllegalArgumentException if the name is empty
     */
    public Builder name(String name) {
      if (Objects.requireNonNull(name, "name").isEmpty()) {
        throw new IllegalArgumentException("name is empty");
      }
      this.name = name;
      return this;
    }

    /**
     * Sets the type.
     *
     * @param type what the entry names
     * @return this builder
     */
    public Builder type(EntryType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets the size.
     *
     * @param size bytes, at least 0
     * @return this builder
     */
    public Builder size(long size) {
      if (size < 0) {
        throw new IllegalArgumentException("negative size: " + size);
      }
      this.size = size;
      return this;
    }

    /**
     * Clears the size.
     *
     * @return this builder
     */
    public Builder noSize() {
      this.size = NONE;
      return this;
    }

    /**
     * Sets the modification time.
     *
     * @param modified the time, or {@code null}
     * @return this builder
     */
    public Builder modified(ListingTime modified) {
      this.modified = modified;
      return this;
    }

    /**
     * Sets the creation time.
     *
     * @param created the time, or {@code null}
     * @return this builder
     */
    public Builder created(ListingTime created) {
      this.created = created;
      return this;
    }

    /**
     * Sets the Unix permission bits.
     *
     * @param mode {@code 0} to {@code 07777}
     * @return this builder
     */
    public Builder mode(int mode) {
      if (mode < 0 || mode > 07777) {
        throw new IllegalArgumentException("mode outside 0..07777: " + Integer.toOctalString(mode));
      }
      this.mode = mode;
      return this;
    }

    /**
     * Clears the Unix permission bits.
     *
     * @return this builder
     */
    public Builder noMode() {
      this.mode = (int) NONE;
      return this;
    }

    /**
     * Sets the owner.
     *
     * @param owner a name or number, or {@code null}
     * @return this builder
     */
    public Builder owner(String owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets the group.
     *
     * @param group a name or number, or {@code null}
     * @return this builder
     */
    public Builder group(String group) {
      this.group = group;
      return this;
    }

    /**
     * Sets the hard link count.
     *
     * @param linkCount at least 0
     * @return this builder
     */
    public Builder linkCount(long linkCount) {
      if (linkCount < 0) {
        throw new IllegalArgumentException("negative link count: " + linkCount);
      }
      this.linkCount = linkCount;
      return this;
    }

    /**
     * Clears the hard link count.
     *
     * @return this builder
     */
    public Builder noLinkCount() {
      this.linkCount = NONE;
      return this;
    }

    /**
     * Sets where a symbolic link points.
     *
     * @param linkTarget the target, or {@code null}
     * @return this builder
     */
    public Builder linkTarget(String linkTarget) {
      this.linkTarget = linkTarget;
      return this;
    }

    /**
     * Sets what the user may do with the entry (MLSx {@code perm}).
     *
     * @param permissions the permissions (copied), or {@code null} for unknown
     * @return this builder
     */
    public Builder permissions(Collection<MlsxPermission> permissions) {
      if (permissions == null) {
        this.permissions = null;
      } else {
        EnumSet<MlsxPermission> copy = EnumSet.noneOf(MlsxPermission.class);
        copy.addAll(permissions);
        this.permissions = copy;
      }
      return this;
    }

    /**
     * Sets the unique identifier (MLSx {@code unique}).
     *
     * @param unique the identifier, or {@code null}
     * @return this builder
     */
    public Builder unique(String unique) {
      this.unique = unique;
      return this;
    }

    /**
     * Sets the content language (MLSx {@code lang}).
     *
     * @param lang a language tag, or {@code null}
     * @return this builder
     */
    public Builder lang(String lang) {
      this.lang = lang;
      return this;
    }

    /**
     * Sets the media type (MLSx {@code media-type}).
     *
     * @param mediaType for example {@code text/plain}, or {@code null}
     * @return this builder
     */
    public Builder mediaType(String mediaType) {
      this.mediaType = mediaType;
      return this;
    }

    /**
     * Sets the character set (MLSx {@code charset}).
     *
     * @param charset a charset name, or {@code null}
     * @return this builder
     */
    public Builder charset(String charset) {
      this.charset = charset;
      return this;
    }

    /**
     * Sets the line the entry was parsed from.
     *
     * @param rawLine the line, or {@code null}
     * @return this builder
     */
    public Builder rawLine(String rawLine) {
      this.rawLine = rawLine;
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return an immutable entry
     */
    public ListingEntry build() {
      return new ListingEntry(this);
    }
  }
}
