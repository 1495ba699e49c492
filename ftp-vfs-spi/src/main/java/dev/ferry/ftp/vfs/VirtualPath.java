package dev.ferry.ftp.vfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An absolute, normalized path inside a virtual file system; it can never name anything above its
 * root.
 *
 * <p>This is the one place where user-supplied paths are cleaned, so backends only ever see clean
 * paths. {@link #resolve(String)} accepts what an FTP client sends and:
 *
 * <ul>
 *   <li>treats {@code /} and {@code \} alike as separators (so Windows-style input cannot smuggle a
 *       separator through to a Windows host);
 *   <li>drops empty names ({@code a//b}, trailing slashes) and {@code .};
 *   <li>applies {@code ..} textually, and {@code ..} at the root stays at the root;
 *   <li>rejects NUL and every other control character (U+0000–U+001F, U+007F), unpaired
 *       surrogates, a name longer than {@value #MAX_NAME_BYTES} UTF-8 bytes and a path longer than
 *       {@value #MAX_PATH_BYTES} UTF-8 bytes, with {@link InvalidVirtualPathException}.
 * </ul>
 *
 * <p>Names are kept exactly as given: no Unicode normalization and no case folding, so {@code é}
 * written as one code point (NFC) and as {@code e} plus a combining accent (NFD) are different
 * names. Instances are immutable and safe to share between threads; two paths are equal when
 * their names are equal.
 */
public final class VirtualPath implements Comparable<VirtualPath> {
  /** The longest name, in UTF-8 bytes, that a path may contain (the common file-system limit). */
  public static final int MAX_NAME_BYTES = 255;

  /** The longest path, in UTF-8 bytes of its string form, that this type accepts. */
  public static final int MAX_PATH_BYTES = 4096;

  /** The root, {@code /}. */
  public static final VirtualPath ROOT = new VirtualPath(new String[0], "/");

  private final String[] names;
  private final String path;

  private VirtualPath(String[] names, String path) {
    this.names = names;
    this.path = path;
  }

  /**
   * Parses a path against the root: {@code of("a/b")} and {@code of("/a/b")} are both {@code /a/b}.
   *
   * @param path the path, absolute or not
   * @return the normalized path
   * @throws InvalidVirtualPathException if the input is not an acceptable path
   */
  public static VirtualPath of(String path) {
    return ROOT.resolve(path);
  }

  /**
   * Resolves user input against this path taken as the working directory: input that starts with
   * {@code /} or {@code \} starts from the root, anything else from this path. The empty string
   * resolves to this path.
   *
   * @param input what the user typed
   * @return the normalized result, never above the root
   * @throws InvalidVirtualPathException if the input is not an acceptable path
   */
  public VirtualPath resolve(String input) {
    if (input == null) {
      throw new InvalidVirtualPathException("", "path is missing");
    }
    // Bounded work: anything this long cannot normalize to an acceptable path anyway.
    if (input.length() > MAX_PATH_BYTES * 2) {
      throw new InvalidVirtualPathException(input, "longer than " + MAX_PATH_BYTES + " bytes");
    }
    checkCharacters(input);
    boolean absolute = !input.isEmpty() && isSeparator(input.charAt(0));
    List<String> result = new ArrayList<>(absolute ? List.of() : Arrays.asList(names));
    int start = 0;
    for (int i = 0; i <= input.length(); i++) {
      if (i == input.length() || isSeparator(input.charAt(i))) {
        String name = input.substring(start, i);
        start = i + 1;
        if (name.isEmpty() || name.equals(".")) {
          continue;
        }
        if (name.equals("..")) {
          if (!result.isEmpty()) {
            result.remove(result.size() - 1);
          }
          continue;
        }
        checkNameLength(input, name);
        result.add(name);
      }
    }
    return create(input, result.toArray(new String[0]));
  }

  /**
   * Returns the child of this path with the given name. Unlike {@link #resolve(String)} the name
   * must be a single plain name, so a name a backend lists can be turned into a path safely.
   *
   * @param name one name: not empty, not {@code .} or {@code ..}, without separators
   * @return this path with {@code name} appended
   * @throws InvalidVirtualPathException if {@code name} is not a single acceptable name
   */
  public VirtualPath child(String name) {
    if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidVirtualPathException(String.valueOf(name), "not a plain name");
    }
    for (int i = 0; i < name.length(); i++) {
      if (isSeparator(name.charAt(i))) {
        throw new InvalidVirtualPathException(name, "a name cannot contain a separator");
      }
    }
    if (name.length() > MAX_NAME_BYTES) {
      throw new InvalidVirtualPathException(name, "name longer than " + MAX_NAME_BYTES + " bytes");
    }
    checkCharacters(name);
    checkNameLength(name, name);
    String[] result = Arrays.copyOf(names, names.length + 1);
    result[names.length] = name;
    return create(name, result);
  }

  /**
   * Appends the names of {@code relative} to this path, as if {@code relative} were relative to
   * this one: {@code /home/ann} resolving {@code /docs/a} gives {@code /home/ann/docs/a}. This is
   * how a sub-root view maps its paths into the backing file system; the inverse is
   * {@link #relativize(VirtualPath)}.
   *
   * @param relative the path to graft under this one
   * @return the combined path
   * @throws InvalidVirtualPathException if the result is longer than {@value #MAX_PATH_BYTES}
   *     bytes
   */
  public VirtualPath resolve(VirtualPath relative) {
    if (relative.isRoot()) {
      return this;
    }
    if (isRoot()) {
      return relative;
    }
    String[] result = Arrays.copyOf(names, names.length + relative.names.length);
    System.arraycopy(relative.names, 0, result, names.length, relative.names.length);
    return create(path + relative.path, result);
  }

  /**
   * Returns {@code descendant} as seen from this path taken as the root: {@code /home/ann}
   * relativizing {@code /home/ann/docs/a} gives {@code /docs/a}, and relativizing itself gives
   * {@code /}. For any {@code p} under this path, {@code resolve(relativize(p)).equals(p)}.
   *
   * @param descendant this path or a path below it
   * @return the descendant's path relative to this one, as an absolute path
   * @throws IllegalArgumentException if {@code descendant} is not this path or below it
   */
  public VirtualPath relativize(VirtualPath descendant) {
    if (!descendant.startsWith(this)) {
      throw new IllegalArgumentException(descendant + " is not under " + this);
    }
    String[] rest = Arrays.copyOfRange(descendant.names, names.length, descendant.names.length);
    return rest.length == 0 ? ROOT : new VirtualPath(rest, join(rest));
  }

  /**
   * Returns whether this path is {@code other} or lies below it, comparing whole names: {@code
   * /ab} does not start with {@code /a}.
   *
   * @param other the possible ancestor
   * @return {@code true} if {@code other} is this path or one of its ancestors
   */
  public boolean startsWith(VirtualPath other) {
    if (other.names.length > names.length) {
      return false;
    }
    for (int i = 0; i < other.names.length; i++) {
      if (!names[i].equals(other.names[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the last name of this path.
   *
   * @return the last name, or the empty string for the root
   */
  public String name() {
    return names.length == 0 ? "" : names[names.length - 1];
  }

  /**
   * Returns the directory that contains this path. The root's parent is the root itself, just as
   * {@code ..} at the root stays at the root.
   *
   * @return the parent path
   */
  public VirtualPath parent() {
    if (names.length <= 1) {
      return ROOT;
    }
    String[] result = Arrays.copyOf(names, names.length - 1);
    return new VirtualPath(result, join(result));
  }

  /**
   * Returns whether this is the root.
   *
   * @return {@code true} for {@code /}
   */
  public boolean isRoot() {
    return names.length == 0;
  }

  /**
   * Returns the names of this path from the root down.
   *
   * @return an unmodifiable list, empty for the root
   */
  public List<String> segments() {
    return List.of(names);
  }

  /**
   * Returns how many names this path has.
   *
   * @return 0 for the root
   */
  public int nameCount() {
    return names.length;
  }

  /**
   * Compares paths name by name, so a directory sorts right before its contents.
   *
   * @param other the path to compare with
   * @return a negative number, zero or a positive number as this path sorts before, with or after
   *     {@code other}
   */
  @Override
  public int compareTo(VirtualPath other) {
    int common = Math.min(names.length, other.names.length);
    for (int i = 0; i < common; i++) {
      int c = names[i].compareTo(other.names[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(names.length, other.names.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VirtualPath that && path.equals(that.path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  /**
   * Returns the absolute path string: {@code /} for the root, else {@code /a/b}.
   *
   * @return the path with {@code /} separators and no trailing slash
   */
  @Override
  public String toString() {
    return path;
  }

  private static VirtualPath create(String input, String[] names) {
    if (names.length == 0) {
      return ROOT;
    }
    String path = join(names);
    if (utf8Length(path) > MAX_PATH_BYTES) {
      throw new InvalidVirtualPathException(input, "longer than " + MAX_PATH_BYTES + " bytes");
    }
    return new VirtualPath(names, path);
  }

  private static String join(String[] names) {
    return "/" + String.join("/", names);
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '\\';
  }

  private static void checkCharacters(String input) {
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == 0) {
        throw new InvalidVirtualPathException(input, "contains a NUL character");
      }
      if (c < 0x20 || c == 0x7f) {
        throw new InvalidVirtualPathException(
            input, String.format("contains the control character U+%04X", (int) c));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < input.length()
          && Character.isLowSurrogate(input.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidVirtualPathException(input, "contains an unpaired surrogate");
      }
    }
  }

  private static void checkNameLength(String input, String name) {
    if (utf8Length(name) > MAX_NAME_BYTES) {
      throw new InvalidVirtualPathException(
          input, "has a name longer than " + MAX_NAME_BYTES + " bytes");
    }
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
