package dev.ferry.ftp.tls.internal;

import java.net.Socket;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a peer whose own certificate has one of the pinned SHA-256 fingerprints, and nothing else.
 * Issuers, validity dates and host names are not checked: the pin is the identity, as when a user
 * accepts a certificate's fingerprint in FileZilla. Being an {@link X509ExtendedTrustManager}, it
 * also stops JSSE from adding its own host-name check.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {
  private final List<byte[]> pins;

  /**
   * Creates the trust manager.
   *
   * @param pins SHA-256 digests of the trusted certificates
   */
  public PinnedTrustManager(List<byte[]> pins) {
    this.pins = new ArrayList<>();
    for (byte[] pin : pins) {
      this.pins.add(pin.clone());
    }
  }

  private void check(X509Certificate[] chain, String role) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("the " + role + " sent no certificate");
    }
    byte[] actual = Certificates.sha256(chain[0]);
    for (byte[] pin : pins) {
      if (MessageDigest.isEqual(pin, actual)) {
        return;
      }
    }
    List<String> expected = new ArrayList<>();
    for (byte[] pin : pins) {
      expected.add(Certificates.colonHex(pin));
    }
    throw new CertificateException(
        "the "
            + role
            + " certificate "
            + chain[0].getSubjectX500Principal().getName()
            + " has SHA-256 fingerprint "
            + Certificates.colonHex(actual)
            + ", which is not pinned (pinned: "
            + String.join(", ", expected)
            + ")");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain, "client");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain, "server");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(chain, "client");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(chain, "server");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain, "client");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain, "server");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
