package dev.ferry.ftp.testkit.vfs;

import dev.ferry.ftp.vfs.VirtualPath;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The directories and files a contract test needs before it starts, described rather than
 * written, so that a backend which cannot write through the SPI (no {@link
 * dev.ferry.ftp.vfs.Capability#WRITE}) can build them its own way: see {@link
 * ContractSupport#createFileSystem(Fixture)}.
 *
 * <p>Immutable. Every parent of a file or directory is listed as a directory too, parents before
 * children; files keep the order they were added in (a later file of the same name replaces the
 * earlier one, as a second upload would). Content is produced on demand, so a fixture may hold a
 * file of a gigabyte.
 */
public final class Fixture {
  /** No directories and no files: an empty root. */
  public static final Fixture EMPTY = builder().build();

  private final List<VirtualPath> directories;
  private final Map<VirtualPath, Content> files;

  private Fixture(Builder b) {
    this.directories = List.copyOf(b.directories);
    this.files = new LinkedHashMap<>(b.files);
  }

  /**
   * Starts an empty fixture.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the directories to create, parents first; the root is never among them.
   *
   * @return an unmodifiable list
   */
  public List<VirtualPath> directories() {
    return directories;
  }

  /**
   * Returns the files to create, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<VirtualPath> files() {
    return List.copyOf(files.keySet());
  }

  /**
   * Returns the size of a file.
   *
   * @param file one of {@link #files()}
   * @return its length in bytes
   * @throws IllegalArgumentException if the fixture has no such file
   */
  public long size(VirtualPath file) {
    return content(file).size();
  }

  /**
   * Opens a file's content, from its first byte.
   *
   * @param file one of {@link #files()}
   * @return a fresh channel
   * @throws IllegalArgumentException if the fixture has no such file
   */
  public ReadableByteChannel open(VirtualPath file) {
    Content c = content(file);
    return c.bytes() != null
        ? Channels.newChannel(new ByteArrayInputStream(c.bytes()))
        : TestData.channel(c.seed(), c.size());
  }

  /**
   * Returns whether the fixture holds nothing.
   *
   * @return true for an empty root
   */
  public boolean isEmpty() {
    return directories.isEmpty() && files.isEmpty();
  }

  @Override
  public String toString() {
    return "Fixture[" + directories.size() + " directories, " + files.size() + " files]";
  }

  private Content content(VirtualPath file) {
    Content c = files.get(Objects.requireNonNull(file, "file"));
    if (c == null) {
      throw new IllegalArgumentException("no file " + file + " in " + this);
    }
    return c;
  }

  /** Given bytes, or {@link TestData} for a seed. */
  private record Content(byte[] bytes, long seed, long size) {}

  /** Collects a fixture's entries. Not thread-safe. */
  public static final class Builder {
    private final Set<VirtualPath> directories = new LinkedHashSet<>();
    private final Map<VirtualPath, Content> files = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a directory and its parents.
     *
     * @param path an absolute virtual path, e.g. {@code /a/b}
     * @return this builder
     */
    public Builder directory(String path) {
      addDirectory(VirtualPath.of(path));
      return this;
    }

    /**
     * Adds a file with the given content, and its parents.
     *
     * @param path an absolute virtual path
     * @param content the bytes; copied
     * @return this builder
     */
    public Builder file(String path, byte[] content) {
      return add(VirtualPath.of(path), new Content(content.clone(), 0, content.length));
    }

    /**
     * Adds a file of {@code size} bytes of {@link TestData#channel(long, long)} for {@code seed},
     * and its parents; nothing is held in memory.
     *
     * @param path an absolute virtual path
     * @param seed selects the content
     * @param size the length in bytes
     * @return this builder
     */
    public Builder file(String path, long seed, long size) {
      if (size < 0) {
        throw new IllegalArgumentException("size < 0: " + size);
      }
      return add(VirtualPath.of(path), new Content(null, seed, size));
    }

    /**
     * Builds the fixture.
     *
     * @return the immutable fixture
     */
    public Fixture build() {
      return new Fixture(this);
    }

    private Builder add(VirtualPath file, Content content) {
      if (file.isRoot() || directories.contains(file)) {
        throw new IllegalArgumentException("a file cannot be at " + file + ": a directory");
      }
      addDirectory(file.parent());
      files.put(file, content);
      return this;
    }

    private void addDirectory(VirtualPath directory) {
      if (directory.isRoot() || directories.contains(directory)) {
        return;
      }
      if (files.containsKey(directory)) {
        throw new IllegalArgumentException("a directory cannot be at " + directory + ": a file");
      }
      addDirectory(directory.parent());
      directories.add(directory);
    }
  }
}
