package dev.ferry.ftp.protocol;

/**
 * The quoting of path names in 257 replies (RFC 959 Appendix II): the name in double quotes, each
 * double quote inside it doubled, as in {@code 257 "/usr/dm/foo""bar" directory created}.
 */
final class Pathnames {
  private Pathnames() {}

  /** Returns {@code path} in double quotes with each double quote in it doubled. */
  static String quote(String path) {
    return '"' + path.replace("\"", "\"\"") + '"';
  }

  /**
   * Returns the content of the first double-quoted string in {@code text}, with each doubled double
   * quote made single. RFC 959 puts the quoted name at the start of the text; some servers put
   * words before it, so the first quote anywhere is taken.
   *
   * @throws MalformedReplyException if there is no double quote, or no closing one
   */
  static String unquote(String text) {
    int open = text.indexOf('"');
    if (open < 0) {
      throw new MalformedReplyException("no quoted pathname in 257 reply: " + Text.quote(text));
    }
    StringBuilder path = new StringBuilder(text.length() - open);
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i++;
        } else {
          return path.toString();
        }
      }
      path.append(c);
    }
    throw new MalformedReplyException("unterminated quoted pathname in reply: " + Text.quote(text));
  }
}
