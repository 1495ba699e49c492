package dev.ferry.ftp.cli.internal.client;

/** Ends a command with a failure already classified, such as one met while connecting. */
final class CommandFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Failure failure;

  CommandFailure(Failure failure, Throwable cause) {
    super(failure.message(), cause, false, false);
    this.failure = failure;
  }

  CommandFailure(int exitCode, String message) {
    this(new Failure(exitCode, message), null);
  }

  Failure failure() {
    return failure;
  }
}
