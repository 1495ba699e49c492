package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.Objects;

/**
 * The representation type set by TYPE (RFC 959 §3.1.1, grammar in §5.3.2):
 *
 * <pre>{@code
 * TYPE <SP> <type-code>
 * <type-code> ::= A [<sp> <form-code>]
 *               | E [<sp> <form-code>]
 *               | I
 *               | L <sp> <byte-size>
 * <form-code> ::= N | T | C
 * <byte-size> ::= any decimal integer 1 through 255
 * }</pre>
 *
 * <p>Each kind is a record, so a switch over a type is exhaustive:
 *
 * <pre>{@code
 * switch (RepresentationType.parse(argument)) {
 *   case RepresentationType.Ascii(FormatControl control) -> ...
 *   case RepresentationType.Ebcdic(FormatControl control) -> ...
 *   case RepresentationType.Image image -> ...
 *   case RepresentationType.Local(int byteSize) -> ...
 * }
 * }</pre>
 */
public sealed interface RepresentationType {
  /** {@code A}: ASCII text with the default format control, what every client sends for text. */
  RepresentationType ASCII = new Ascii(FormatControl.NON_PRINT);

  /** {@code E}: EBCDIC text with the default format control. */
  RepresentationType EBCDIC = new Ebcdic(FormatControl.NON_PRINT);

  /** {@code I}: image (binary), octets unchanged. */
  RepresentationType IMAGE = new Image();

  /** {@code L 8}: local bytes of 8 bits, the same as image on every machine that has octets. */
  RepresentationType LOCAL_8 = new Local(8);

  /**
   * Parses a TYPE argument. Letters are case-insensitive, and any run of blanks separates the
   * parts, as clients send {@code "a"}, {@code "A  N"} or {@code " I "}.
   *
   * @param argument the argument, such as {@code A}, {@code A T}, {@code I} or {@code L 8}
   * @return the type
   * @throws InvalidArgumentException if the argument breaks the grammar (including {@code L}
   *     without a byte size)
   */
  static RepresentationType parse(String argument) {
    String[] parts = Chars.trimBlanks(argument).split("[ \t]+", 3);
    if (parts[0].length() != 1 || parts.length > 2) {
      throw invalid(argument);
    }
    char code = Chars.toUpperCase(parts[0].charAt(0));
    String parameter = parts.length == 2 ? parts[1] : null;
    return switch (code) {
      case 'A' -> new Ascii(formatControl(parameter, argument));
      case 'E' -> new Ebcdic(formatControl(parameter, argument));
      case 'I' -> {
        if (parameter != null) {
          throw invalid(argument);
        }
        yield IMAGE;
      }
      case 'L' -> new Local(byteSize(parameter, argument));
      default -> throw invalid(argument);
    };
  }

  /**
   * Returns the argument that sets this type, in canonical form: upper case, one space, and the
   * default format control {@code N} left out.
   *
   * @return for example {@code A}, {@code E T}, {@code I} or {@code L 8}
   */
  String toArgument();

  /**
   * Tells whether a transfer of this type passes the file's octets unchanged: {@code I} and
   * {@code L 8}.
   *
   * @return whether no conversion applies
   */
  boolean isBinary();

  /**
   * {@code A}: ASCII text, sent as NVT-ASCII with CRLF line ends (RFC 959 §3.1.1.1).
   *
   * @param formatControl the format control
   */
  record Ascii(FormatControl formatControl) implements RepresentationType {
    /**
     * Checks the format control.
     *
     * @throws NullPointerException if {@code formatControl} is null
     */
    public Ascii {
      Objects.requireNonNull(formatControl, "formatControl");
    }

    @Override
    public String toArgument() {
      return text('A', formatControl);
    }

    @Override
    public boolean isBinary() {
      return false;
    }
  }

  /**
   * {@code E}: EBCDIC text (RFC 959 §3.1.1.2).
   *
   * @param formatControl the format control
   */
  record Ebcdic(FormatControl formatControl) implements RepresentationType {
    /**
     * Checks the format control.
     *
     * @throws NullPointerException if {@code formatControl} is null
     */
    public Ebcdic {
      Objects.requireNonNull(formatControl, "formatControl");
    }

    @Override
    public String toArgument() {
      return text('E', formatControl);
    }

    @Override
    public boolean isBinary() {
      return false;
    }
  }

  /** {@code I}: image, a contiguous stream of bits packed into octets (RFC 959 §3.1.1.3). */
  record Image() implements RepresentationType {
    @Override
    public String toArgument() {
      return "I";
    }

    @Override
    public boolean isBinary() {
      return true;
    }
  }

  /**
   * {@code L <byte-size>}: local bytes of a given size (RFC 959 §3.1.1.4).
   *
   * @param byteSize the logical byte size in bits, 1–255
   */
  record Local(int byteSize) implements RepresentationType {
    /**
     * Checks the byte size.
     *
     * @throws IllegalArgumentException if {@code byteSize} is outside 1–255
     */
    public Local {
      if (byteSize < 1 || byteSize > 255) {
        throw new IllegalArgumentException("byte size " + byteSize + " is outside 1-255");
      }
    }

    @Override
    public String toArgument() {
      return "L " + byteSize;
    }

    @Override
    public boolean isBinary() {
      return byteSize == 8;
    }
  }

  private static String text(char code, FormatControl formatControl) {
    return formatControl == FormatControl.NON_PRINT
        ? String.valueOf(code)
        : code + " " + formatControl.code();
  }

  private static FormatControl formatControl(String parameter, String argument) {
    if (parameter == null) {
      return FormatControl.NON_PRINT;
    }
    FormatControl control =
        parameter.length() == 1 ? FormatControl.ofCode(parameter.charAt(0)) : null;
    if (control == null) {
      throw invalid(argument);
    }
    return control;
  }

  private static int byteSize(String parameter, String argument) {
    if (parameter == null || parameter.isEmpty() || parameter.length() > 3) {
      throw invalid(argument);
    }
    int size = 0;
    for (int i = 0; i < parameter.length(); i++) {
      if (!Chars.isDigit(parameter.charAt(i))) {
        throw invalid(argument);
      }
      size = size * 10 + parameter.charAt(i) - '0';
    }
    if (size < 1 || size > 255) {
      throw new InvalidArgumentException("TYPE L byte size must be 1-255, got " + size);
    }
    return size;
  }

  private static InvalidArgumentException invalid(String argument) {
    return new InvalidArgumentException(
        "TYPE takes A [N|T|C], E [N|T|C], I or L <byte-size>, not " + Chars.quote(argument));
  }
}
