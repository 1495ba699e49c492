/**
 * FTPS (FTP over TLS, RFC 4217) building blocks shared by Ferry's server and client.
 *
 * <p>A server typically wires them like this:
 *
 * <pre>{@code
 * ServerTlsContext keys = ServerTlsContext.create(
 *     () -> SelfSignedCertificate.forHosts("ftp.example.com")
 *         .loadOrGenerate(dir.resolve("cert.pem"), dir.resolve("key.pem")));
 * ServerTls tls = ServerTls.create(keys, TlsPolicy.DEFAULT);
 *
 * SSLSocket control = tls.upgradeControl(socket);        // after "234 AUTH TLS successful"
 * SSLSocket data = tls.secureData(dataSocket, control.getSession()); // PROT P transfers
 * if (!SessionResumption.isResumption(control.getSession(), data.getSession())) { ... }
 * }</pre>
 *
 * <p>and a client like this:
 *
 * <pre>{@code
 * ClientTls tls = ClientTls.create(TrustSource.system(), TlsPolicy.DEFAULT);
 * SSLSocket control = tls.upgradeControl(socket, "ftp.example.com");
 * try (TlsDataConnection data = tls.secureData(dataSocket, control)) {
 *   data.inputStream().transferTo(file);
 * }
 * }</pre>
 *
 * <p>Configuration mistakes (a bad policy field, an unreadable key, a wrong password) throw the
 * unchecked {@link dev.ferry.ftp.tls.TlsConfigurationException}, naming the field or file; failures
 * of live connections are {@link java.io.IOException}s. For TLS 1.2 session reuse against
 * OpenSSL-based servers, see {@link dev.ferry.ftp.tls.ClientTls} on {@code
 * jdk.tls.client.enableSessionTicketExtension}.
 */
package dev.ferry.ftp.tls;
