package dev.ferry.ftp.vfs;

/**
 * Thrown when user input cannot become a {@link VirtualPath}: it contains NUL or another control
 * character or an unpaired surrogate, or a name or the whole path is too long. A server answers
 * with "file name not allowed" (FTP reply 553).
 *
 * <p>It is unchecked because it reports bad input, not a storage failure: nothing was touched.
 */
public final class InvalidVirtualPathException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private static final int MAX_QUOTED = 200;

  private final String input;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param input the rejected input
   * @param reason what is wrong with it, e.g. "contains a NUL character"
   */
  public InvalidVirtualPathException(String input, String reason) {
    super("invalid path \"" + quote(input) + "\": " + reason);
    this.input = input;
    this.reason = reason;
  }

  /**
   * Returns the rejected input, unchanged.
   *
   * @return the input as given
   */
  public String input() {
    return input;
  }

  /**
   * Returns what is wrong with the input.
   *
   * @return a short lower-case phrase
   */
  public String reason() {
    return reason;
  }

  /** Makes control characters visible and bounds the length, so the message is safe to log. */
  private static String quote(String input) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < input.length() && out.length() < MAX_QUOTED; i++) {
      char c = input.charAt(i);
      if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (out.length() >= MAX_QUOTED) {
      out.append("…");
    }
    return out.toString();
  }
}
