package dev.ferry.ftp.client;

/**
 * Remote path arithmetic on {@code /}-separated strings, as Unix-like servers use them. A path
 * without a leading {@code /} is relative to the working directory; the empty string is the working
 * directory itself.
 */
final class RemotePaths {
  private RemotePaths() {}

  /** Returns {@code name} inside {@code directory}, or {@code name} if it is absolute. */
  static String join(String directory, String name) {
    if (name.startsWith("/") || directory.isEmpty()) {
      return name;
    }
    return directory.endsWith("/") ? directory + name : directory + "/" + name;
  }

  /** Returns the parent: {@code ""} for a relative name without a slash, {@code /} for the root. */
  static String parent(String path) {
    String p = stripTrailingSlashes(path);
    int slash = p.lastIndexOf('/');
    if (slash < 0) {
      return "";
    }
    return slash == 0 ? "/" : p.substring(0, slash);
  }

  /** Returns the last name of a path; empty for the root and the working directory. */
  static String name(String path) {
    String p = stripTrailingSlashes(path);
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** Removes trailing slashes, keeping a lone {@code /}. */
  static String stripTrailingSlashes(String path) {
    int end = path.length();
    while (end > 1 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }
}
