package dev.ferry.ftp.protocol.internal;

/**
 * Character classes of the protocol's ASCII grammars (RFC 5234 Appendix B core rules), and the
 * quoting of bad input in exception messages.
 *
 * <p>{@link Character#isDigit} and {@link Character#digit} accept digits of every script (Arabic,
 * fullwidth, …); a wire grammar must not, so these test ASCII only.
 */
public final class Chars {
  /** The longest piece of bad input an exception message repeats. */
  private static final int MAX_QUOTED = 64;

  private Chars() {}

  /**
   * Tells whether {@code c} is an ASCII decimal digit (DIGIT).
   *
   * @param c the character
   * @return whether it is 0–9
   */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Tells whether {@code c} is an ASCII letter (ALPHA).
   *
   * @param c the character
   * @return whether it is A–Z or a–z
   */
  public static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /**
   * Returns the value of an ASCII hexadecimal digit (HEXDIG, either case).
   *
   * @param c the character
   * @return 0–15, or -1 if {@code c} is not a hexadecimal digit
   */
  public static int hexValue(char c) {
    if (isDigit(c)) {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }

  /**
   * Upper-cases an ASCII letter and leaves every other character alone. {@link
   * Character#toUpperCase} would turn the dotless {@code ı} into {@code I} and let it pass for a
   * command letter.
   *
   * @param c the character
   * @return the upper-case letter, or {@code c}
   */
  public static char toUpperCase(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 0x20) : c;
  }

  /**
   * Upper-cases the ASCII letters of a text, see {@link #toUpperCase(char)}.
   *
   * @param text the text
   * @return the text with {@code a}–{@code z} upper-cased
   */
  public static String toUpperCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = toUpperCase(chars[i]);
    }
    return new String(chars);
  }

  /**
   * Compares two texts ignoring the case of ASCII letters only.
   *
   * @param a a text
   * @param b another text
   * @return whether they are equal but for the case of ASCII letters
   */
  public static boolean equalsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (toUpperCase(a.charAt(i)) != toUpperCase(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether {@code c} is a blank: space or horizontal tab (WSP).
   *
   * @param c the character
   * @return whether it is SP or HTAB
   */
  public static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Tells whether {@code c} is a visible ASCII character (VCHAR, 0x21–0x7E).
   *
   * @param c the character
   * @return whether it is printable and not a space
   */
  public static boolean isVisible(char c) {
    return c >= 0x21 && c <= 0x7e;
  }

  /**
   * Tells whether a text holds a control character other than HTAB (0x00–0x1F, 0x7F): text that
   * is fine on a command or reply line (TCHAR and beyond) holds none.
   *
   * @param text the text
   * @return whether a control character other than HTAB is in it
   */
  public static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a text neither starts nor ends with a blank.
   *
   * @param text the text
   * @return whether {@link #trimBlanks} would leave it as it is
   */
  public static boolean isTrimmed(String text) {
    return text.isEmpty() || !isBlank(text.charAt(0)) && !isBlank(text.charAt(text.length() - 1));
  }

  /**
   * Removes leading and trailing blanks (SP and HTAB only, unlike {@link String#strip}).
   *
   * @param text the text
   * @return the text without surrounding blanks
   */
  public static String trimBlanks(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Quotes input for an exception message: control characters escaped (a message may end up in
   * a reply line, where a CR or LF would forge another line) and long input cut short.
   *
   * @param text the input
   * @return the input between double quotes, safe to put on one line
   */
  public static String quote(String text) {
    StringBuilder quoted = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      if (i == MAX_QUOTED) {
        return quoted.append("\"...").toString();
      }
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        quoted.append(String.format("\\x%02x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
