package dev.ferry.ftp.protocol;

/**
 * Renders untrusted text for exception messages and logs: control characters become escapes, so a
 * CR or LF from the wire can never forge a log line, and long input is cut short.
 */
final class Text {
  private static final int MAX_QUOTED = 64;

  private Text() {}

  /** Returns {@code s} in double quotes, escaped, at most {@value #MAX_QUOTED} chars of it. */
  static String quote(String s) {
    boolean cut = s.length() > MAX_QUOTED;
    return '"' + escape(cut ? s.substring(0, MAX_QUOTED) : s) + (cut ? "\"..." : "\"");
  }

  /** Replaces C0 controls, DEL and backslash with Java-style escapes ({@code \r}, {@code \x00}). */
  static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape =
          switch (c) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            default -> c < 0x20 || c == 0x7F ? String.format("\\x%02X", (int) c) : null;
          };
      if (escape != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }
}
