package dev.ferry.ftp.protocol.transfer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * TYPE E, the EBCDIC representation type (RFC 959 §3.1.1.2), for IBM mainframe peers: text crosses
 * the data connection as 8-bit EBCDIC in one of IBM's code pages.
 *
 * <p><b>Code pages.</b> The mapping comes from the JDK's own charsets: {@code IBM037} (US/Canada,
 * the default) or {@code IBM1047} (Latin-1 Open Systems, z/OS UNIX's code page), or any {@link
 * #of(Charset) single-byte EBCDIC charset} that covers ISO-8859-1. These charsets live in the
 * {@code jdk.charsets} module. This module does not require it: {@code java.base} declares {@code
 * uses java.nio.charset.spi.CharsetProvider} and {@code jdk.charsets} provides one, so service
 * binding resolves it whenever the JDK's modules are present, on the module path as on the class
 * path. A {@code jlink} image must include it ({@code --add-modules jdk.charsets}); without it the
 * factories throw {@link java.nio.charset.UnsupportedCharsetException}.
 *
 * <p><b>Local side.</b> Local bytes are read as ISO-8859-1, the repertoire these code pages map one
 * to one; a local byte is one character. (UTF-8 text with characters beyond Latin-1 has no EBCDIC
 * form in these code pages; send it in TYPE A.)
 *
 * <p><b>Line ends.</b> RFC 959 says the EBCDIC NL character (0x15) should end a line, and so does
 * z/OS FTP ("a text file of EBCDIC data type contains displayable characters; the new-line
 * character (X'15') is used to delimit a line", z/OS Communications Server IP User's Guide, "How to
 * transfer data with FTP"); z/OS UNIX text uses NL too, and the JDK's own IBM037 and IBM1047 map
 * U+000A to 0x15. That is the default, {@link LineEnd#NL}. {@link LineEnd#CRLF} sends EBCDIC CR LF
 * (0x0D 0x25) instead, for peers that expect the ASCII convention transcoded. Sending, a local LF
 * or CRLF becomes the chosen line end (as in {@link AsciiType}); a bare CR is translated as a
 * character. Receiving, NL always ends a line; with {@code CRLF}, so do CR LF and a bare LF (0x25).
 * Line ends become the local separator. A local U+0085 (NEL, EBCDIC's own newline, which the JDK's
 * {@code IBM037} writes as 0x15) reads back as a line end.
 *
 * <p>Instances are immutable and thread-safe; the transforms they create are not.
 */
public final class EbcdicType {

  /** How a line ends on the wire in TYPE E. */
  public enum LineEnd {
    /** EBCDIC NL, 0x15: RFC 959's choice and z/OS FTP's. */
    NL(new byte[] {0x15}),
    /** EBCDIC CR LF, 0x0D 0x25. */
    CRLF(new byte[] {0x0D, 0x25});

    private final byte[] bytes;

    LineEnd(byte[] bytes) {
      this.bytes = bytes;
    }
  }

  private final Charset charset;
  private final LineEnd lineEnd;
  private final byte[] toEbcdic;
  private final byte[] toLocal;

  private EbcdicType(Charset charset, LineEnd lineEnd, byte[] toEbcdic, byte[] toLocal) {
    this.charset = charset;
    this.lineEnd = lineEnd;
    this.toEbcdic = toEbcdic;
    this.toLocal = toLocal;
  }

  /**
   * Returns TYPE E in code page 037 (US/Canada), lines ending in NL.
   *
   * @return the default EBCDIC type
   * @throws java.nio.charset.UnsupportedCharsetException if the runtime lacks {@code jdk.charsets}
   */
  public static EbcdicType ibm037() {
    return of(Charset.forName("IBM037"));
  }

  /**
   * Returns TYPE E in code page 1047 (Latin-1 Open Systems), lines ending in NL.
   *
   * @return the EBCDIC type of z/OS UNIX
   * @throws java.nio.charset.UnsupportedCharsetException if the runtime lacks {@code jdk.charsets}
   */
  public static EbcdicType ibm1047() {
    return of(Charset.forName("IBM1047"));
  }

  /**
   * Returns TYPE E in the given code page, lines ending in NL.
   *
   * @param charset a single-byte EBCDIC charset that maps every ISO-8859-1 character to one byte
   *     and every byte to an ISO-8859-1 character
   * @return the EBCDIC type
   * @throws IllegalArgumentException if the charset is not such a charset
   */
  public static EbcdicType of(Charset charset) {
    Objects.requireNonNull(charset, "charset");
    if (!charset.canEncode()) {
      throw new IllegalArgumentException(charset + " cannot encode");
    }
    byte[] toEbcdic = new byte[256];
    byte[] toLocal = new byte[256];
    CharsetEncoder encoder = charset.newEncoder();
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      for (int i = 0; i < 256; i++) {
        ByteBuffer encoded = encoder.encode(CharBuffer.wrap(new char[] {(char) i}));
        CharBuffer decoded = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) i}));
        if (encoded.remaining() != 1 || decoded.remaining() != 1 || decoded.get(0) > 0xFF) {
          throw new IllegalArgumentException(charset + " is not a single-byte Latin-1 code page");
        }
        toEbcdic[i] = encoded.get(0);
        toLocal[i] = (byte) decoded.get(0);
      }
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(charset + " does not cover ISO-8859-1", e);
    }
    if (toEbcdic[' '] != 0x40) {
      throw new IllegalArgumentException(charset + " is not EBCDIC: space is not 0x40");
    }
    return new EbcdicType(charset, LineEnd.NL, toEbcdic, toLocal);
  }

  /**
   * Returns this type with another line end on the wire.
   *
   * @param lineEnd how lines end on the wire
   * @return a type with the same code page
   */
  public EbcdicType withLineEnd(LineEnd lineEnd) {
    Objects.requireNonNull(lineEnd, "lineEnd");
    return new EbcdicType(charset, lineEnd, toEbcdic, toLocal);
  }

  /**
   * Returns the code page.
   *
   * @return the charset the tables come from
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Returns how lines end on the wire.
   *
   * @return the line end
   */
  public LineEnd lineEnd() {
    return lineEnd;
  }

  /**
   * Returns a new encoder for sending: local text to EBCDIC.
   *
   * @return a transform from local bytes to wire bytes
   */
  public ByteTransform encoder() {
    return EbcdicTransform.encoder(toEbcdic, lineEnd.bytes);
  }

  /**
   * Returns a new decoder for receiving: EBCDIC to local text.
   *
   * @param local how lines end in the local file
   * @return a transform from wire bytes to local bytes
   */
  public ByteTransform decoder(LineSeparator local) {
    Objects.requireNonNull(local, "local");
    return EbcdicTransform.decoder(toLocal, local.bytes(), lineEnd == LineEnd.CRLF);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EbcdicType other
        && charset.equals(other.charset)
        && lineEnd == other.lineEnd;
  }

  @Override
  public int hashCode() {
    return charset.hashCode() * 31 + lineEnd.hashCode();
  }

  @Override
  public String toString() {
    return "EbcdicType[" + charset.name() + ", " + lineEnd + "]";
  }
}
