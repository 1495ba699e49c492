package dev.ferry.ftp.tls;

/**
 * A TLS setting, key, certificate or trust store that cannot be used, with a message that names the
 * field or file and what is wrong with it.
 *
 * <p>Thrown when a {@link TlsPolicy} is built or applied, and when key material or trust material
 * is loaded. It is unchecked because it reports a configuration mistake, not a runtime condition: a
 * server fails to start (or keeps its old material on {@link ServerTlsContext#reload()}), and the
 * message is what the operator reads. Failures of a live connection are {@link
 * java.io.IOException}s as usual.
 */
public final class TlsConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field or file
   */
  public TlsConfigurationException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the failure that revealed the problem.
   *
   * @param message what is wrong, naming the field or file
   * @param cause the underlying failure
   */
  public TlsConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
