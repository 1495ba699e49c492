package dev.ferry.ftp.cli.internal.client;

/**
 * Path arithmetic on the {@code /}-separated remote paths of URLs: relative ones are relative to
 * the login directory, the empty path is the login directory itself.
 */
final class RemoteNames {
  private RemoteNames() {}

  /** Returns the last name of a path, ignoring trailing slashes; empty for a directory URL's root. */
  static String name(String path) {
    String p = strip(path);
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** Returns the directory a path is in: empty for a name in the login directory. */
  static String parent(String path) {
    String p = strip(path);
    int slash = p.lastIndexOf('/');
    return slash < 0 ? "" : slash == 0 ? "/" : p.substring(0, slash);
  }

  /** Returns {@code name} inside {@code directory}, or {@code name} itself when it is absolute. */
  static String join(String directory, String name) {
    if (name.startsWith("/") || directory.isEmpty()) {
      return name;
    }
    return directory.endsWith("/") ? directory + name : directory + "/" + name;
  }

  private static String strip(String path) {
    int end = path.length();
    while (end > 1 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }
}
