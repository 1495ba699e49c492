package dev.ferry.ftp.tls.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A PKIX trust manager that also checks the dates of the peer's own certificate when that
 * certificate is itself trusted. JSSE checks the dates of every certificate in a chain except a
 * trust anchor's, so a self-signed server certificate given as trusted would be accepted long after
 * it expired; OpenSSL-based peers (curl, lftp) refuse it, and so does Ferry.
 */
public final class ValidityCheckingTrustManager extends X509ExtendedTrustManager {
  private final X509ExtendedTrustManager delegate;

  /**
   * Wraps a trust manager.
   *
   * @param delegate the PKIX trust manager that checks chains and host names
   */
  public ValidityCheckingTrustManager(X509ExtendedTrustManager delegate) {
    this.delegate = delegate;
  }

  private static void checkDates(X509Certificate[] chain) throws CertificateException {
    X509Certificate own = chain[0];
    try {
      own.checkValidity();
    } catch (CertificateExpiredException e) {
      throw new CertificateExpiredException(
          "the certificate of " + own.getSubjectX500Principal() + " expired on " + own.getNotAfter());
    } catch (CertificateNotYetValidException e) {
      throw new CertificateNotYetValidException(
          "the certificate of "
              + own.getSubjectX500Principal()
              + " is not valid before "
              + own.getNotBefore());
    }
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    delegate.checkClientTrusted(chain, authType, socket);
    checkDates(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    delegate.checkServerTrusted(chain, authType, socket);
    checkDates(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    delegate.checkClientTrusted(chain, authType, engine);
    checkDates(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    delegate.checkServerTrusted(chain, authType, engine);
    checkDates(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    delegate.checkClientTrusted(chain, authType);
    checkDates(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    delegate.checkServerTrusted(chain, authType);
    checkDates(chain);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate.getAcceptedIssuers();
  }
}
