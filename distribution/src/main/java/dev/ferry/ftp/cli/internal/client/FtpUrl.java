package dev.ferry.ftp.cli.internal.client;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A server and path named the RFC 1738 §3.2 way: {@code scheme://user:password@host:port/path}.
 *
 * <p>The path is percent-decoded and, as RFC 1738 says, relative to the directory the login lands
 * in; {@code %2F} (or a second slash, as curl reads it) makes it absolute: {@code
 * ftp://host/%2Fetc/motd} is {@code /etc/motd}. A trailing {@code ;type=a|i|d} is kept as {@link
 * #type()}. {@link #toString()} masks the password.
 *
 * @param scheme how the connection is secured
 * @param user the user name, or empty for anonymous login
 * @param password the password, or empty when the URL has none
 * @param host a host name or IP literal (IPv6 without brackets)
 * @param port the control port
 * @param path the decoded path; empty for the login directory
 * @param type the {@code ;type=} code ({@code a}, {@code i} or {@code d}), or empty
 */
record FtpUrl(
    Scheme scheme,
    Optional<String> user,
    Optional<String> password,
    String host,
    int port,
    String path,
    Optional<Character> type) {

  /** How the control and data connections are secured, by URL scheme. */
  enum Scheme {
    /** Clear text, port 21. */
    FTP(21),
    /** Explicit TLS: {@code AUTH TLS} after connecting (RFC 4217), port 21. */
    FTPES(21),
    /** Implicit TLS: TLS from the first byte, port 990. */
    FTPS(990);

    private final int defaultPort;

    Scheme(int defaultPort) {
      this.defaultPort = defaultPort;
    }

    /** Returns the port used when the URL names none. @return the port */
    int defaultPort() {
      return defaultPort;
    }

    /** Returns the scheme as written in a URL. @return the lower-case name */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Parses a URL.
   *
   * @param text the URL as typed
   * @return the parsed URL
   * @throws IllegalArgumentException with a message for the user when the URL is malformed
   */
  static FtpUrl parse(String text) {
    int separator = text.indexOf("://");
    if (separator <= 0) {
      throw new IllegalArgumentException(
          "not a URL: '" + text + "' (expected ftp://host/path, ftpes://… or ftps://…)");
    }
    Scheme scheme = scheme(text.substring(0, separator));
    String rest = text.substring(separator + 3);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String rawPath = slash < 0 ? "" : rest.substring(slash + 1);

    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      authority = authority.substring(at + 1);
      int colon = userInfo.indexOf(':');
      String name = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("empty user name in URL");
      }
      user = Optional.of(name);
      if (colon >= 0) {
        password = Optional.of(decode(userInfo.substring(colon + 1), "password"));
      }
    }

    String host;
    String portText;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("unclosed '[' in the host of the URL");
      }
      host = authority.substring(1, close);
      if (!host.contains(":") || !host.matches("[0-9A-Fa-f:.]+")) {
        throw new IllegalArgumentException("not an IPv6 address: [" + host + "]");
      }
      String after = authority.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw new IllegalArgumentException("unexpected '" + after + "' after the IPv6 address");
      }
      portText = after.isEmpty() ? null : after.substring(1);
    } else {
      int colon = authority.indexOf(':');
      host = colon < 0 ? authority : authority.substring(0, colon);
      portText = colon < 0 ? null : authority.substring(colon + 1);
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("no host in URL '" + text + "'");
    }
    int port = portText == null ? scheme.defaultPort() : port(portText);

    Optional<Character> type = Optional.empty();
    int typeAt = rawPath.lastIndexOf(";type=");
    if (typeAt >= 0) {
      String code = rawPath.substring(typeAt + 6).toLowerCase(Locale.ROOT);
      if (!code.matches("[aid]")) {
        throw new IllegalArgumentException("unknown ;type=" + code + " (expected a, i or d)");
      }
      type = Optional.of(code.charAt(0));
      rawPath = rawPath.substring(0, typeAt);
    }
    return new FtpUrl(scheme, user, password, host, port, decode(rawPath, "path"), type);
  }

  /**
   * Returns this URL's server with another path, as {@code mv} and the mirror commands need.
   *
   * @param newPath the decoded path
   * @return the same server, user and scheme with the new path
   */
  FtpUrl withPath(String newPath) {
    return new FtpUrl(scheme, user, password, host, port, newPath, Optional.empty());
  }

  /** Returns the URL with the password masked, safe to print and log. */
  @Override
  public String toString() {
    String hostPart = host.contains(":") ? "[" + host + "]" : host;
    String userPart = user.map(u -> u + password.map(p -> ":****").orElse("") + "@").orElse("");
    return scheme.label() + "://" + userPart + hostPart + ":" + port + "/" + path;
  }

  private static Scheme scheme(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "ftp" -> Scheme.FTP;
      case "ftpes" -> Scheme.FTPES;
      case "ftps" -> Scheme.FTPS;
      default ->
          throw new IllegalArgumentException(
              "unsupported scheme '" + name + "' (use ftp://, ftpes:// or ftps://)");
    };
  }

  private static int port(String text) {
    if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
      throw new IllegalArgumentException("port must be a number from 1 to 65535, not '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  /**
   * Percent-decodes UTF-8 text (RFC 3986 §2.1; {@code +} stays a plus, unlike form encoding) and
   * refuses control characters, which would let a URL smuggle a second FTP command.
   */
  private static String decode(String text, String what) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      int percent = text.indexOf('%', i);
      int end = percent < 0 ? text.length() : percent;
      bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
      if (percent < 0) {
        break;
      }
      if (percent + 2 >= text.length()
          || Character.digit(text.charAt(percent + 1), 16) < 0
          || Character.digit(text.charAt(percent + 2), 16) < 0) {
        throw new IllegalArgumentException("bad percent escape in the " + what + " of the URL");
      }
      bytes.write(Integer.parseInt(text, percent + 1, percent + 3, 16));
      i = percent + 3;
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the " + what + " of the URL is not UTF-8", e);
    }
    if (decoded.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("control character in the " + what + " of the URL");
    }
    return decoded;
  }
}
