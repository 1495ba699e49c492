package dev.ferry.ftp.protocol.listing;

/**
 * Allocation-free helpers the listing codecs share: words and spaces, ASCII digits, English month
 * names, and names made safe to put on one line.
 */
final class Text {
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private Text() {}

  /**
   * Returns the non-negative decimal number in {@code s[from, to)}, or -1 if that range is empty,
   * holds anything but ASCII digits, or overflows a {@code long}.
   */
  static long parseLong(CharSequence s, int from, int to) {
    if (from >= to || to - from > 19) {
      return -1;
    }
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
      if (n < 0) {
        return -1;
      }
    }
    return n;
  }

  /** As {@link #parseLong}, for at most 9 digits. */
  static int parseInt(CharSequence s, int from, int to) {
    return to - from > 9 ? -1 : (int) parseLong(s, from, to);
  }

  /** Returns whether {@code s[from, to)} is one or more ASCII digits. */
  static boolean isDigits(CharSequence s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the month 1–12 of an English three-letter abbreviation in {@code s[from, to)},
   * without regard to case, or -1. Listings use English abbreviations whatever the server's
   * locale, so that is all this reads.
   */
  static int month(CharSequence s, int from, int to) {
    if (to - from != 3) {
      return -1;
    }
    char a = lower(s.charAt(from));
    char b = lower(s.charAt(from + 1));
    char c = lower(s.charAt(from + 2));
    for (int m = 0; m < 12; m++) {
      if (MONTHS.charAt(3 * m) == a && MONTHS.charAt(3 * m + 1) == b && MONTHS.charAt(3 * m + 2) == c) {
        return m + 1;
      }
    }
    return -1;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Returns the index of the first non-space at or after {@code from}. */
  static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Returns the index of the first space at or after {@code from}, or the line's length. */
  static int wordEnd(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) != ' ') {
      i++;
    }
    return i;
  }

  /** Appends a name or path with CR and LF replaced by {@code ?}, so it cannot end a line early. */
  static StringBuilder appendSafe(StringBuilder out, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(c == '\r' || c == '\n' ? '?' : c);
    }
    return out;
  }

  /** Returns the start of a line for an error message, so a huge line does not flood a log. */
  static String excerpt(String line) {
    return line.length() <= 120 ? line : line.substring(0, 120) + "...";
  }
}
