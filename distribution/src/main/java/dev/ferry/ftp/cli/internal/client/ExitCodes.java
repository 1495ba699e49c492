package dev.ferry.ftp.cli.internal.client;

/**
 * The exit codes of the client commands, documented in {@code docs/cli.md}. They are a promise to
 * scripts: a code keeps its meaning from release to release, new failures get new numbers. 1 and 2
 * are picocli's own (a bug, a usage error), so the command line agrees with itself.
 */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;
  /** An unexpected error: a bug worth reporting. */
  static final int INTERNAL = 1;
  /** A bad option, argument or URL. */
  static final int USAGE = 2;
  /** The server could not be reached, or the connection broke or timed out. */
  static final int CONNECTION = 3;
  /** TLS failed: the handshake, an untrusted certificate, or a server without TLS. */
  static final int TLS = 4;
  /** The server refused the login. */
  static final int LOGIN = 5;
  /** The remote file or directory does not exist. */
  static final int REMOTE_NOT_FOUND = 6;
  /** The server denied permission. */
  static final int PERMISSION = 7;
  /** A local file could not be read or written. */
  static final int LOCAL_IO = 8;
  /** The server refused or failed the operation for another reason (a 4yz or 5yz reply). */
  static final int REMOTE_FAILED = 9;
  /** The copy's checksum differs from the server's. */
  static final int VERIFICATION = 10;

  private ExitCodes() {}
}
