package dev.ferry.ftp.protocol.address;

import dev.ferry.ftp.protocol.FtpProtocolException;

/**
 * Thrown when a well-formed EPRT or EPSV argument names a network protocol other than IPv4 (1)
 * and IPv6 (2). RFC 2428 §2 and §3 ask for a different answer than a syntax error: the server
 * replies 522 with the protocols it supports, see {@link
 * ExtendedPortCodec#formatProtocolNotSupported}, not 501.
 */
public final class UnsupportedNetworkProtocolException extends FtpProtocolException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  private final int protocol;

  /**
   * Creates the exception.
   *
   * @param protocol the address family number that was asked for
   */
  public UnsupportedNetworkProtocolException(int protocol) {
    super("network protocol " + protocol + " is not supported");
    this.protocol = protocol;
  }

  /**
   * Returns the address family number that was asked for.
   *
   * @return the number, neither 1 nor 2
   */
  public int protocol() {
    return protocol;
  }
}
