package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.param.HashAlgorithm;
import java.util.Objects;

/**
 * A transferred file's checksum on the server differs from the one computed locally: the copy is
 * corrupt. The file that was written is left in place, so the caller can inspect or retry it.
 */
public final class FtpVerificationException extends FtpException {
  private static final long serialVersionUID = 1L;

  private final transient HashAlgorithm algorithm;
  /** The server's checksum, in hexadecimal. */
  private final String expected;

  /** The local copy's checksum, in hexadecimal. */
  private final String actual;

  /**
   * Creates the exception.
   *
   * @param path the remote path
   * @param algorithm the algorithm both sides used
   * @param expected the server's checksum, in hexadecimal
   * @param actual the local checksum, in hexadecimal
   */
  public FtpVerificationException(
      String path, HashAlgorithm algorithm, String expected, String actual) {
    super(
        "checksum mismatch for "
            + path
            + ": server "
            + algorithm
            + " "
            + expected
            + ", local "
            + actual);
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.actual = Objects.requireNonNull(actual, "actual");
  }

  /**
   * Returns the algorithm both sides used.
   *
   * @return the algorithm
   */
  public HashAlgorithm algorithm() {
    return algorithm;
  }

  /**
   * Returns the server's checksum.
   *
   * @return lower-case hexadecimal
   */
  public String expected() {
    return expected;
  }

  /**
   * Returns the checksum of the local copy.
   *
   * @return lower-case hexadecimal
   */
  public String actual() {
    return actual;
  }
}
