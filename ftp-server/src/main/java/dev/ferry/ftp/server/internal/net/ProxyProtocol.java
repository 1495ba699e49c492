package dev.ferry.ftp.server.internal.net;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the PROXY protocol header (HAProxy's "PROXY protocol", versions 1 and 2) that a load
 * balancer sends before anything else on a connection it forwards, naming the client it came
 * from. Exactly the header's bytes are read, so the FTP conversation that follows is untouched.
 *
 * <p>Version 1 is a text line of at most 107 bytes, {@code PROXY TCP4|TCP6 <source> <destination>
 * <source port> <destination port>\r\n}, or {@code PROXY UNKNOWN …\r\n}. Version 2 is binary: a
 * 12-byte signature, a version and command byte, a family byte, a 16-bit length, the addresses,
 * then type-length-value extensions, which are skipped. {@code LOCAL} (a health check from the
 * balancer itself), {@code UNKNOWN} and families other than TCP over IPv4 or IPv6 name no client:
 * the connection's own peer stands. Addresses are parsed as literals only, never looked up.
 */
final class ProxyProtocol {
  /** The longest version 1 line, CRLF included. */
  static final int MAX_V1_LENGTH = 107;

  private static final byte[] V2_SIGNATURE = {
    0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};
  private static final byte[] V1_PREFIX = "PROXY ".getBytes(StandardCharsets.US_ASCII);

  private ProxyProtocol() {}

  /**
   * Reads the header.
   *
   * @param in the connection's input, positioned at its first byte
   * @return the client the balancer names, or empty when it names none
   * @throws ProtocolException if the bytes are not a valid header
   * @throws IOException if reading fails or the connection ends inside the header
   */
  static Optional<InetSocketAddress> read(InputStream in) throws IOException {
    // 12 bytes is less than any valid header of either version, so this never reads past one.
    byte[] start = readFully(in, 12);
    if (Arrays.equals(start, V2_SIGNATURE)) {
      return readV2(in);
    }
    if (!Arrays.equals(start, 0, V1_PREFIX.length, V1_PREFIX, 0, V1_PREFIX.length)) {
      throw new ProtocolException("no PROXY protocol header");
    }
    return readV1(in, start);
  }

  private static Optional<InetSocketAddress> readV1(InputStream in, byte[] start)
      throws IOException {
    StringBuilder line = new StringBuilder(MAX_V1_LENGTH);
    for (byte b : start) {
      line.append((char) (b & 0xFF));
    }
    while (!(line.length() >= 2 && line.charAt(line.length() - 2) == '\r'
        && line.charAt(line.length() - 1) == '\n')) {
      if (line.length() == MAX_V1_LENGTH) {
        throw new ProtocolException("PROXY line longer than " + MAX_V1_LENGTH + " bytes");
      }
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection ended inside the PROXY line");
      }
      line.append((char) b);
    }
    String[] fields = line.substring(0, line.length() - 2).split(" ", -1);
    if (fields.length >= 2 && fields[1].equals("UNKNOWN")) {
      return Optional.empty();
    }
    if (fields.length != 6 || !(fields[1].equals("TCP4") || fields[1].equals("TCP6"))) {
      throw new ProtocolException("malformed PROXY line");
    }
    boolean v6 = fields[1].equals("TCP6");
    InetAddress source = literal(fields[2], v6);
    literal(fields[3], v6);
    int port = port(fields[4]);
    port(fields[5]);
    return Optional.of(new InetSocketAddress(source, port));
  }

  private static Optional<InetSocketAddress> readV2(InputStream in) throws IOException {
    byte[] head = readFully(in, 4);
    int versionCommand = head[0] & 0xFF;
    int family = head[1] & 0xFF;
    int length = (head[2] & 0xFF) << 8 | head[3] & 0xFF;
    if (versionCommand >> 4 != 2 || (versionCommand & 0x0F) > 1) {
      throw new ProtocolException("unsupported PROXY v2 version or command");
    }
    byte[] body = readFully(in, length);
    boolean local = (versionCommand & 0x0F) == 0;
    int addressLength = switch (family) {
      case 0x11 -> 4; // TCP over IPv4
      case 0x21 -> 16; // TCP over IPv6
      default -> 0; // UNSPEC, UDP, UNIX: no client to take over
    };
    if (local || addressLength == 0) {
      return Optional.empty();
    }
    if (length < 2 * addressLength + 4) {
      throw new ProtocolException("PROXY v2 addresses shorter than their family");
    }
    InetAddress source = InetAddress.getByAddress(Arrays.copyOfRange(body, 0, addressLength));
    int portAt = 2 * addressLength;
    int port = (body[portAt] & 0xFF) << 8 | body[portAt + 1] & 0xFF;
    return Optional.of(new InetSocketAddress(source, port));
  }

  /** Parses an address literal of the declared family; never a name lookup. */
  private static InetAddress literal(String text, boolean v6) throws IOException {
    boolean valid = v6 ? text.indexOf(':') >= 0 && text.chars().allMatch(
        c -> c == ':' || c == '.' || isAsciiDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')
        : isDottedQuad(text);
    if (!valid) {
      throw new ProtocolException("not a " + (v6 ? "TCP6" : "TCP4") + " address: " + text);
    }
    // A literal (checked above) is parsed, never resolved.
    InetAddress address = InetAddress.getByName(text);
    if ((address.getAddress().length == 16) != v6) {
      throw new ProtocolException("not a " + (v6 ? "TCP6" : "TCP4") + " address: " + text);
    }
    return address;
  }

  private static boolean isDottedQuad(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(ProxyProtocol::isAsciiDigit)
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  private static int port(String text) throws ProtocolException {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(ProxyProtocol::isAsciiDigit)
        || Integer.parseInt(text) > 65535) {
      throw new ProtocolException("not a port: " + text);
    }
    return Integer.parseInt(text);
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static byte[] readFully(InputStream in, int n) throws IOException {
    byte[] bytes = in.readNBytes(n);
    if (bytes.length < n) {
      throw new EOFException("connection ended inside the PROXY header");
    }
    return bytes;
  }
}
