package dev.ferry.ftp.server.internal.data;

import java.io.IOException;

/**
 * A failure of the data connection itself, as opposed to storage: it could not be opened
 * ({@code 425}) or it broke while bytes were moving ({@code 426}), RFC 959 §4.2.2.
 */
public final class DataConnectionException extends IOException {
  private static final long serialVersionUID = 1L;

  private final boolean opened;

  private DataConnectionException(String message, boolean opened, Throwable cause) {
    super(message, cause);
    this.opened = opened;
  }

  /**
   * Returns the failure to open a connection.
   *
   * @param message what went wrong
   * @param cause the cause, or {@code null}
   * @return the exception
   */
  public static DataConnectionException cannotOpen(String message, Throwable cause) {
    return new DataConnectionException(message, false, cause);
  }

  /**
   * Returns the failure of an open connection.
   *
   * @param cause the cause
   * @return the exception
   */
  public static DataConnectionException lost(IOException cause) {
    return new DataConnectionException("Connection closed; transfer aborted.", true, cause);
  }

  /**
   * Tells whether the connection had been open.
   *
   * @return {@code false} for a connection that could not be opened ({@code 425})
   */
  public boolean wasOpen() {
    return opened;
  }
}
