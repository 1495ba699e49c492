package dev.ferry.ftp.cli.internal.server;

/** The exit codes of the server-side commands, as {@code docs/cli.md} lists them. */
final class ExitCodes {
  /** Done, or the configuration is valid. */
  static final int OK = 0;
  /** The configuration (or the users file, or a certificate) cannot be used. */
  static final int INVALID_CONFIG = 1;
  /** The server could not start: a port in use, a folder that cannot be read. */
  static final int CANNOT_START = 3;

  private ExitCodes() {}
}
