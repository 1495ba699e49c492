package dev.ferry.ftp.protocol.address;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.Optional;

/**
 * The argument of EPSV (RFC 2428 §3): none, a network protocol number, or {@code ALL}.
 */
public enum EpsvArgument {
  /** No argument: listen on the network protocol of the control connection. */
  SAME_AS_CONTROL(""),
  /** {@code EPSV 1}: listen on IPv4. */
  IPV4("1"),
  /** {@code EPSV 2}: listen on IPv6. */
  IPV6("2"),
  /**
   * {@code EPSV ALL}: the client will use EPSV only from now on, so the server must refuse PORT,
   * PASV, EPRT and LPRT for the rest of the session (RFC 2428 §4).
   */
  ALL("ALL");

  private final String argument;

  EpsvArgument(String argument) {
    this.argument = argument;
  }

  /**
   * Parses an EPSV argument; blanks around it are ignored and {@code ALL} is case-insensitive.
   *
   * @param argument the argument, empty when the command had none
   * @return the value
   * @throws UnsupportedNetworkProtocolException if it is a protocol number other than 1 and 2 (the
   *     server replies 522)
   * @throws InvalidArgumentException if it is anything else (the server replies 501)
   */
  public static EpsvArgument parse(String argument) {
    String text = Chars.trimBlanks(argument);
    if (text.isEmpty()) {
      return SAME_AS_CONTROL;
    }
    if (Chars.equalsIgnoreCase(text, ALL.argument)) {
      return ALL;
    }
    return switch (ExtendedPortCodec.parseProtocol("EPSV", text, argument)) {
      case IPV4 -> IPV4;
      case IPV6 -> IPV6;
    };
  }

  /**
   * Returns the argument as sent on the wire.
   *
   * @return {@code ""} (no argument), {@code 1}, {@code 2} or {@code ALL}
   */
  public String toArgument() {
    return argument;
  }

  /**
   * Returns the network protocol asked for, if the argument names one.
   *
   * @return the protocol for {@link #IPV4} and {@link #IPV6}, otherwise empty
   */
  public Optional<NetworkProtocol> protocol() {
    return switch (this) {
      case IPV4 -> Optional.of(NetworkProtocol.IPV4);
      case IPV6 -> Optional.of(NetworkProtocol.IPV6);
      case SAME_AS_CONTROL, ALL -> Optional.empty();
    };
  }
}
