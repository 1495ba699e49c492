package dev.ferry.ftp.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An FTP reply: a {@link ReplyCode} and one or more lines of text (RFC 959 §4.2).
 *
 * <p><b>Every reply is safe to send.</b> A reply's text often holds names a client chose (a path in
 * a 550 or 257 reply), and a name with CR or LF in it must never end the reply early and forge a
 * reply line of its own. So the factories normalize, and every {@code Reply} keeps two invariants:
 *
 * <ul>
 *   <li>no line contains CR or LF: a CRLF, CR or LF inside given text starts a new line, so such
 *       text makes a multi-line reply;
 *   <li>no inner line of a multi-line reply (neither the first nor the last) begins with a digit:
 *       one space is put before such a line, as RFC 959 §4.2 requires of a line that begins with a
 *       number, so it can never be read as the reply's end. {@link #lines()} returns the padded
 *       line.
 * </ul>
 *
 * <p>{@link #format()} writes the reply as RFC 959 §4.2 does: {@code 200 Command okay.} for one
 * line; for several, {@code 123-First line}, the inner lines as they are, and {@code 123 Last
 * line}, each ended by CRLF. {@link ReplyDecoder} reads it back: decoding a formatted reply gives
 * an equal one.
 *
 * <p>Immutable and thread-safe.
 */
public final class Reply {
  private final ReplyCode code;
  private final List<String> lines;

  private Reply(ReplyCode code, List<String> lines) {
    this.code = code;
    this.lines = lines;
  }

  /**
   * Returns a reply with the code's {@link ReplyCode#defaultText() default text}.
   *
   * @param code the reply code
   * @return the reply
   */
  public static Reply of(ReplyCode code) {
    return of(code, code.defaultText());
  }

  /**
   * Returns a reply; line breaks in {@code text} make it multi-line.
   *
   * @param code the reply code
   * @param text the text; each CRLF, CR or LF in it starts a new line
   * @return the reply
   */
  public static Reply of(ReplyCode code, String text) {
    return of(code, List.of(text));
  }

  /**
   * Returns a reply; line breaks in {@code text} make it multi-line.
   *
   * @param code the reply code, 100 to 699
   * @param text the text; each CRLF, CR or LF in it starts a new line
   * @return the reply
   * @throws InvalidArgumentException if {@code code} is not a reply code
   */
  public static Reply of(int code, String text) {
    return of(ReplyCode.of(code), text);
  }

  /**
   * Returns a reply of one line per element, multi-line if there are several. Line breaks inside an
   * element split it further, and inner lines that begin with a digit get a leading space (see the
   * class description).
   *
   * @param code the reply code
   * @param lines the lines, at least one
   * @return the reply
   * @throws IllegalArgumentException if {@code lines} is empty
   */
  public static Reply of(ReplyCode code, List<String> lines) {
    Objects.requireNonNull(code, "code");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a reply has at least one line");
    }
    List<String> split = new ArrayList<>(lines.size());
    for (String line : lines) {
      splitLines(Objects.requireNonNull(line, "line"), split);
    }
    for (int i = 1; i < split.size() - 1; i++) {
      String line = split.get(i);
      if (!line.isEmpty() && line.charAt(0) >= '0' && line.charAt(0) <= '9') {
        split.set(i, ' ' + line);
      }
    }
    return new Reply(code, List.copyOf(split));
  }

  /**
   * Returns a 257 reply naming a directory, as MKD and PWD send (RFC 959 Appendix II): the path in
   * double quotes, each double quote in it doubled, then the commentary, for example {@code 257
   * "/usr/dm/foo""bar" directory created}.
   *
   * @param path the directory's path
   * @param commentary the text after the quoted path; may be empty
   * @return the reply
   */
  public static Reply ofPathname(String path, String commentary) {
    String quoted = Pathnames.quote(path);
    String text = commentary.isEmpty() ? quoted : quoted + ' ' + commentary;
    return of(ReplyCode.PATHNAME_CREATED_257, text);
  }

  private static void splitLines(String text, List<String> out) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
  }

  /**
   * Returns the reply code.
   *
   * @return the code
   */
  public ReplyCode code() {
    return code;
  }

  /**
   * Returns the lines of text, without codes or line ends.
   *
   * @return an unmodifiable list of at least one line
   */
  public List<String> lines() {
    return lines;
  }

  /**
   * Returns the text: the lines joined with {@code "\n"}.
   *
   * @return the text
   */
  public String text() {
    return lines.size() == 1 ? lines.get(0) : String.join("\n", lines);
  }

  /**
   * Returns whether the reply has more than one line.
   *
   * @return {@code true} for a multi-line reply
   */
  public boolean isMultiLine() {
    return lines.size() > 1;
  }

  /**
   * Returns the path of a 257 reply to MKD or PWD: the text of the first double-quoted string in
   * the reply, with doubled double quotes made single again (RFC 959 Appendix II).
   *
   * @return the path
   * @throws MalformedReplyException if the text has no complete double-quoted string
   */
  public String pathname() {
    return Pathnames.unquote(text());
  }

  /**
   * Returns the reply as a server sends it (RFC 959 §4.2), each line ended by CRLF.
   *
   * @return the reply text, for example {@code "200 Command okay.\r\n"}
   */
  public String format() {
    StringBuilder out = new StringBuilder(16 * lines.size() + 64);
    int last = lines.size() - 1;
    for (int i = 0; i <= last; i++) {
      if (i == 0) {
        out.append(code.code()).append(last == 0 ? ' ' : '-');
      } else if (i == last) {
        out.append(code.code()).append(' ');
      }
      out.append(lines.get(i)).append("\r\n");
    }
    return out.toString();
  }

  /**
   * Returns the bytes a server sends: {@link #format()} in a charset, with each 255 byte doubled as
   * Telnet requires (RFC 854; UTF-8 never produces one). A character the charset cannot encode
   * becomes the charset's replacement, usually {@code ?}.
   *
   * @param charset an ASCII-compatible charset, UTF-8 for RFC 2640
   * @return the bytes to send
   */
  public byte[] toBytes(Charset charset) {
    byte[] encoded = format().getBytes(charset);
    if (charset.equals(StandardCharsets.UTF_8)) {
      return encoded;
    }
    return Telnet.withIacDoubled(new byte[0], ByteBuffer.wrap(encoded), new byte[0]);
  }

  /**
   * Compares code and lines.
   *
   * @param other the object to compare with
   * @return {@code true} if {@code other} is a reply with an equal code and equal lines
   */
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Reply reply && reply.code.equals(code) && reply.lines.equals(lines);
  }

  /**
   * Returns a hash code of code and lines.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * code.hashCode() + lines.hashCode();
  }

  /**
   * Returns the reply for logs: the code and the text, control characters escaped.
   *
   * @return for example {@code "200 Command okay."}
   */
  @Override
  public String toString() {
    return code.code() + " " + Text.escape(text());
  }
}
