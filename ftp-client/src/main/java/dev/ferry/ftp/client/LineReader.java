package dev.ferry.ftp.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the lines of a listing from a data connection: CRLF or bare LF, each line decoded in the
 * session's charset, or as ISO-8859-1 when it is not valid there (so no byte of a name is lost),
 * and at most {@value #MAX_LINE} bytes long.
 */
final class LineReader {
  static final int MAX_LINE = 64 * 1024;

  private final InputStream in;
  private final Charset charset;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private final byte[] buffer = new byte[8192];
  private int position;
  private int limit;

  LineReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
  }

  /** Returns the next line without its line end, or null at the end of the data. */
  String next() throws IOException {
    line.reset();
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit < 0) {
          limit = 0;
          return line.size() == 0 ? null : decode();
        }
      }
      byte b = buffer[position++];
      if (b == '\n') {
        return decode();
      }
      if (line.size() >= MAX_LINE) {
        throw new FtpException("listing line longer than " + MAX_LINE + " bytes");
      }
      line.write(b);
    }
  }

  private String decode() {
    byte[] bytes = line.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
  }
}
