package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.address.IpLiterals;
import dev.ferry.ftp.protocol.internal.Chars;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Objects;

/**
 * The argument of HOST (RFC 7151 §3): the virtual host the client wants, by domain name or by IP
 * address.
 *
 * <pre>
 * host-command = "HOST" SP hostname
 * hostname     = domain / IP-literal
 * domain       = sub-domain *("." sub-domain)      ; RFC 5321 §4.1.2
 * sub-domain   = Let-dig [Ldh-str]
 * Let-dig      = ALPHA / DIGIT
 * Ldh-str      = *( ALPHA / DIGIT / "-" ) Let-dig
 * </pre>
 *
 * <p>An IPv4 address is written as a dotted quad and an IPv6 address in brackets, as in a URI
 * ({@code [2001:db8::1]}). A name made only of numeric labels must be a valid IPv4 address:
 * {@code 192.0.2.300} is rejected, not taken for a domain. Nothing is resolved.
 */
public sealed interface VirtualHost {
  /** The longest domain name in text form (RFC 1035 §2.3.4: 255 octets on the wire). */
  int MAX_DOMAIN_LENGTH = 253;

  /** The longest label (RFC 1035 §2.3.4). */
  int MAX_LABEL_LENGTH = 63;

  /**
   * Parses a HOST argument; blanks around it are ignored.
   *
   * @param argument the argument, such as {@code ftp.example.com}, {@code 192.0.2.1} or {@code
   *     [2001:db8::1]}
   * @return the host
   * @throws InvalidArgumentException if the argument is neither a domain name nor an IP literal
   */
  static VirtualHost parse(String argument) {
    String text = Chars.trimBlanks(argument);
    if (text.startsWith("[") && text.endsWith("]") && text.length() > 2) {
      InetAddress address = IpLiterals.parseIpv6(text.substring(1, text.length() - 1));
      return new Address(address);
    }
    String problem = Domain.problem(text);
    if (problem == null) {
      return new Domain(text);
    }
    if (Domain.isNumeric(text)) {
      return new Address(IpLiterals.parseIpv4(text));
    }
    throw new InvalidArgumentException("HOST " + Chars.quote(argument) + ": " + problem);
  }

  /**
   * Returns the argument as sent on the wire.
   *
   * @return the domain name, the dotted quad, or the IPv6 literal in brackets
   */
  String toArgument();

  /**
   * A virtual host named by its domain name, kept in lower case since names are
   * case-insensitive.
   *
   * @param name the domain name, such as {@code ftp.example.com}
   */
  record Domain(String name) implements VirtualHost {
    /**
     * Checks the name and lower-cases it.
     *
     * @throws IllegalArgumentException if the name breaks the grammar or its length limits, or
     *     has only numeric labels (an IPv4 address is an {@link Address})
     */
    public Domain {
      Objects.requireNonNull(name, "name");
      String problem = problem(name);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      name = name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toArgument() {
      return name;
    }

    /** Says what is wrong with a domain name, or returns null if nothing is. */
    static String problem(String name) {
      if (name.isEmpty() || name.length() > MAX_DOMAIN_LENGTH) {
        return "a domain name has 1-" + MAX_DOMAIN_LENGTH + " characters";
      }
      int labelStart = 0;
      for (int i = 0; i <= name.length(); i++) {
        char c = i < name.length() ? name.charAt(i) : '.';
        if (c == '.') {
          int length = i - labelStart;
          if (length == 0 || length > MAX_LABEL_LENGTH) {
            return "each label has 1-" + MAX_LABEL_LENGTH + " characters";
          }
          if (name.charAt(labelStart) == '-' || name.charAt(i - 1) == '-') {
            return "a label cannot start or end with '-'";
          }
          labelStart = i + 1;
        } else if (!Chars.isLetter(c) && !Chars.isDigit(c) && c != '-') {
          return "a domain name has letters, digits, '-' and '.' only";
        }
      }
      return isNumeric(name) ? "an IPv4 address is not a domain name" : null;
    }

    /** Tells whether a name has only digits and dots, the shape of an IPv4 address. */
    static boolean isNumeric(String name) {
      for (int i = 0; i < name.length(); i++) {
        if (!Chars.isDigit(name.charAt(i)) && name.charAt(i) != '.') {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A virtual host named by an IP address.
   *
   * @param address the address
   */
  record Address(InetAddress address) implements VirtualHost {
    /**
     * Checks the address.
     *
     * @throws NullPointerException if {@code address} is null
     */
    public Address {
      Objects.requireNonNull(address, "address");
    }

    @Override
    public String toArgument() {
      String literal = IpLiterals.format(address);
      return address instanceof Inet6Address ? "[" + literal + "]" : literal;
    }
  }
}
