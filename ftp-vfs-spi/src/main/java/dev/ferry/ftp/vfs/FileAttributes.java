package dev.ferry.ftp.vfs;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What {@link VirtualFileSystem#stat} and listings report about an entry: its type, size and
 * modification time always, and whatever else the backend knows (creation time, unix mode, owner,
 * group, link count, a unique id, backend-specific extras such as an object store's ETag).
 *
 * <p>Immutable; build one with {@link #builder(FileType)}.
 */
public final class FileAttributes {
  private final FileType type;
  private final long size;
  private final Instant modified;
  private final Instant created;
  private final int mode;
  private final String owner;
  private final String group;
  private final long linkCount;
  private final String uniqueId;
  private final Map<String, String> extras;

  private FileAttributes(Builder b) {
    this.type = b.type;
    this.size = b.size;
    this.modified = b.modified;
    this.created = b.created;
    this.mode = b.mode;
    this.owner = b.owner;
    this.group = b.group;
    this.linkCount = b.linkCount;
    this.uniqueId = b.uniqueId;
    this.extras = Map.copyOf(b.extras);
  }

  /**
   * Starts building attributes of the given type, with size 0, the epoch as modification time
   * and a link count of 1.
   *
   * @param type the entry's type
   * @return a new builder
   */
  public static Builder builder(FileType type) {
    return new Builder(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns a builder initialised with these attributes, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(type).size(size).modified(modified).linkCount(linkCount);
    b.created = created;
    b.mode = mode;
    b.owner = owner;
    b.group = group;
    b.uniqueId = uniqueId;
    b.extras.putAll(extras);
    return b;
  }

  /**
   * Returns the entry's type.
   *
   * @return the type
   */
  public FileType type() {
    return type;
  }

  /**
   * Returns whether the entry is a regular file.
   *
   * @return {@code true} for {@link FileType#FILE}
   */
  public boolean isFile() {
    return type == FileType.FILE;
  }

  /**
   * Returns whether the entry is a directory.
   *
   * @return {@code true} for {@link FileType#DIRECTORY}
   */
  public boolean isDirectory() {
    return type == FileType.DIRECTORY;
  }

  /**
   * Returns the size in bytes (for a directory, whatever the backend reports, often 0).
   *
   * @return the size, never negative
   */
  public long size() {
    return size;
  }

  /**
   * Returns the last modification time.
   *
   * @return the time the content last changed
   */
  public Instant modified() {
    return modified;
  }

  /**
   * Returns the creation time where the backend records it.
   *
   * @return the creation time, or empty
   */
  public Optional<Instant> created() {
    return Optional.ofNullable(created);
  }

  /**
   * Returns the unix permission bits (for example {@code 0644}) where the backend has them.
   *
   * @return the mode between 0 and 07777, or empty
   */
  public OptionalInt mode() {
    return mode < 0 ? OptionalInt.empty() : OptionalInt.of(mode);
  }

  /**
   * Returns the owner's name where the backend has one.
   *
   * @return the owner, or empty
   */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /**
   * Returns the group's name where the backend has one.
   *
   * @return the group, or empty
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns the number of hard links (1 where the backend has no such notion).
   *
   * @return the link count, at least 1
   */
  public long linkCount() {
    return linkCount;
  }

  /**
   * Returns an id that is the same for two paths naming the same stored object and differs
   * otherwise (the "unique" fact of RFC 3659 §7.5.2), where the backend has one.
   *
   * @return the id, or empty
   */
  public Optional<String> uniqueId() {
    return Optional.ofNullable(uniqueId);
  }

  /**
   * Returns backend-specific facts, such as an object store's ETag or storage class.
   *
   * @return an unmodifiable map, empty when there are none
   */
  public Map<String, String> extras() {
    return extras;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileAttributes that
        && type == that.type
        && size == that.size
        && modified.equals(that.modified)
        && Objects.equals(created, that.created)
        && mode == that.mode
        && Objects.equals(owner, that.owner)
        && Objects.equals(group, that.group)
        && linkCount == that.linkCount
        && Objects.equals(uniqueId, that.uniqueId)
        && extras.equals(that.extras);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, size, modified, created, mode, owner, group, linkCount, uniqueId);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("FileAttributes{").append(type);
    s.append(", size=").append(size).append(", modified=").append(modified);
    if (created != null) {
      s.append(", created=").append(created);
    }
    if (mode >= 0) {
      s.append(", mode=0").append(Integer.toOctalString(mode));
    }
    if (owner != null) {
      s.append(", owner=").append(owner);
    }
    if (group != null) {
      s.append(", group=").append(group);
    }
    s.append(", links=").append(linkCount);
    if (uniqueId != null) {
      s.append(", id=").append(uniqueId);
    }
    if (!extras.isEmpty()) {
      s.append(", extras=").append(new TreeMap<>(extras));
    }
    return s.append('}').toString();
  }

  /** Builds {@link FileAttributes}. Not thread-safe. */
  public static final class Builder {
    private final FileType type;
    private long size;
    private Instant modified = Instant.EPOCH;
    private Instant created;
    private int mode = -1;
    private String owner;
    private String group;
    private long linkCount = 1;
    private String uniqueId;
    private final Map<String, String> extras = new TreeMap<>();

    private Builder(FileType type) {
      this.type = type;
    }

    /**
     * Sets the size in bytes.
     *
     * @param size the size, not negative
     * @return this builder
     */
    public Builder size(long size) {
      if (size < 0) {
        throw new IllegalArgumentException("size < 0: " + size);
      }
      this.size = size;
      return this;
    }

    /**
     * Sets the modification time.
     *
     * @param modified the time
     * @return this builder
     */
    public Builder modified(Instant modified) {
      this.modified = Objects.requireNonNull(modified, "modified");
      return this;
    }

    /**
     * Sets the creation time.
     *
     * @param created the time, or {@code null} if unknown
     * @return this builder
     */
    public Builder created(Instant created) {
      this.created = created;
      return this;
    }

    /**
     * Sets the unix permission bits.
     *
     * @param mode between 0 and 07777
     * @return this builder
     */
    public Builder mode(int mode) {
      if (mode < 0 || mode > 07777) {
        throw new IllegalArgumentException("mode out of range: 0" + Integer.toOctalString(mode));
      }
      this.mode = mode;
      return this;
    }

    /**
     * Sets the owner's name.
     *
     * @param owner the name, or {@code null} if unknown
     * @return this builder
     */
    public Builder owner(String owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets the group's name.
     *
     * @param group the name, or {@code null} if unknown
     * @return this builder
     */
    public Builder group(String group) {
      this.group = group;
      return this;
    }

    /**
     * Sets the number of hard links.
     *
     * @param linkCount at least 1
     * @return this builder
     */
    public Builder linkCount(long linkCount) {
      if (linkCount < 1) {
        throw new IllegalArgumentException("linkCount < 1: " + linkCount);
      }
      this.linkCount = linkCount;
      return this;
    }

    /**
     * Sets the unique id.
     *
     * @param uniqueId the id, or {@code null} if unknown
     * @return this builder
     */
    public Builder uniqueId(String uniqueId) {
      this.uniqueId = uniqueId;
      return this;
    }

    /**
     * Adds a backend-specific fact.
     *
     * @param name the fact's name, e.g. {@code etag}
     * @param value its value
     * @return this builder
     */
    public Builder extra(String name, String value) {
      extras.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the attributes.
     *
     * @return the immutable attributes
     */
    public FileAttributes build() {
      return new FileAttributes(this);
    }
  }
}
