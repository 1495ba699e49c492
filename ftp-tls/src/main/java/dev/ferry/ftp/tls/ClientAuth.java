package dev.ferry.ftp.tls;

/** Whether a server asks FTP clients for a TLS client certificate. */
public enum ClientAuth {
  /** No certificate is requested. */
  NONE,
  /** A certificate is requested; a client that sends none is still accepted. */
  OPTIONAL,
  /** A certificate is required; the handshake fails without a trusted one. */
  REQUIRED
}
