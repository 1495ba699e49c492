/**
 * Ferry's TLS layer for FTP (FTPS, RFC 4217): everything the server and the client share about TLS,
 * and nothing about FTP commands.
 *
 * <ul>
 *   <li>{@link dev.ferry.ftp.tls.TlsPolicy} — what to offer and what to require (modes, protocols,
 *       cipher suites, client certificates, data-connection session reuse), with named presets;
 *   <li>{@link dev.ferry.ftp.tls.KeyMaterial}, {@link dev.ferry.ftp.tls.SelfSignedCertificate} and
 *       {@link dev.ferry.ftp.tls.TrustSource} — certificates and keys from PEM or PKCS#12,
 *       generated when none is configured, and what a peer is trusted by;
 *   <li>{@link dev.ferry.ftp.tls.ServerTlsContext} — a server {@code SSLContext} whose key material
 *       can be reloaded without a restart;
 *   <li>{@link dev.ferry.ftp.tls.ServerTls} and {@link dev.ferry.ftp.tls.ClientTls} — layering TLS
 *       over control and data sockets, with handshake deadlines and, on the client, data
 *       connections that resume the control connection's session;
 *   <li>{@link dev.ferry.ftp.tls.SessionResumption} — whether a data connection resumed the control
 *       connection's session, for TLS 1.2 and TLS 1.3.
 * </ul>
 *
 * <p>Bouncy Castle is used internally for PEM parsing and certificate generation; no Bouncy Castle
 * type appears in the API and no security provider is installed.
 */
module dev.ferry.ftp.tls {
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;

  exports dev.ferry.ftp.tls;
}
