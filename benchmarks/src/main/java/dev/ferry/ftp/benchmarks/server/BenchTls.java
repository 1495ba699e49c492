package dev.ferry.ftp.benchmarks.server;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The bench client's side of explicit FTPS: {@code AUTH TLS}, then {@code PBSZ 0} and {@code PROT
 * P}, one TLS version, an AES-GCM suite. It trusts any server certificate: it only ever talks to a
 * server on 127.0.0.1 that it measures. Data connections make new sessions (no resumption), so a
 * server must not require reuse.
 *
 * @param context the client context
 * @param protocol the one TLS version, {@code TLSv1.2} or {@code TLSv1.3}
 */
record BenchTls(SSLContext context, String protocol) {
  /** AES-GCM: what both versions negotiate on x86 with AES-NI. */
  private static final String[] SUITES = {
      "TLS_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"};

  /** Returns the client side for one TLS version ({@code 1.2} or {@code 1.3}). */
  static BenchTls of(String version) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new AnyServer()}, new SecureRandom());
      return new BenchTls(context, "TLSv" + version);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS in this JVM", e);
    }
  }

  /** Layers client-mode TLS over a connected socket and shakes hands; closing closes both. */
  SSLSocket layer(Socket plain) throws IOException {
    SSLSocket socket = (SSLSocket) context.getSocketFactory()
        .createSocket(plain, plain.getInetAddress().getHostAddress(), plain.getPort(), true);
    socket.setEnabledProtocols(new String[] {protocol});
    socket.setEnabledCipherSuites(SUITES);
    socket.startHandshake();
    return socket;
  }

  /** Trusts every certificate: loopback measurements only. */
  private static final class AnyServer implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      throw new UnsupportedOperationException("a client trust manager only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // Loopback only: the server measured is the one this run started.
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
