package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.FtpException;
import dev.ferry.ftp.client.FtpLoginException;
import dev.ferry.ftp.client.FtpNotFoundException;
import dev.ferry.ftp.client.FtpPermissionException;
import dev.ferry.ftp.client.FtpReplyException;
import dev.ferry.ftp.client.FtpVerificationException;
import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Verb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * A failed command as the user sees it: an exit code from {@link ExitCodes} and one line of
 * explanation. The one place where exceptions become exit codes.
 *
 * @param exitCode the process exit code
 * @param message what went wrong, in the server's words where it gave any
 */
record Failure(int exitCode, String message) {

  /**
   * Classifies an exception thrown while connecting and logging in: any failure there that is not a
   * refused login or a TLS failure means the server could not be used at all.
   *
   * @param e the exception
   * @return the failure
   */
  static Failure connecting(Exception e) {
    Failure failure = of(e);
    return switch (failure.exitCode()) {
      case ExitCodes.LOGIN, ExitCodes.TLS, ExitCodes.INTERNAL -> failure;
      default -> new Failure(ExitCodes.CONNECTION, "cannot connect: " + failure.message());
    };
  }

  /**
   * Classifies an exception thrown by a command.
   *
   * @param e the exception
   * @return the failure
   */
  static Failure of(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (isTls(cause)) {
      return new Failure(ExitCodes.TLS, "TLS failed: " + rootMessage(cause));
    }
    if (cause instanceof FtpReplyException refusal && refusesTls(refusal)) {
      return new Failure(ExitCodes.TLS, "the server refused TLS: " + refusal.getMessage());
    }
    return switch (cause) {
      case FtpLoginException x -> new Failure(ExitCodes.LOGIN, "login refused: " + x.getMessage());
      case FtpNotFoundException x -> new Failure(ExitCodes.REMOTE_NOT_FOUND, x.getMessage());
      case FtpPermissionException x -> new Failure(ExitCodes.PERMISSION, x.getMessage());
      case FtpVerificationException x -> new Failure(ExitCodes.VERIFICATION, x.getMessage());
      case FtpReplyException x -> new Failure(ExitCodes.REMOTE_FAILED, x.getMessage());
      case FtpException x -> new Failure(ExitCodes.CONNECTION, x.getMessage());
      case UnknownHostException x -> new Failure(ExitCodes.CONNECTION, "unknown host " + x.getMessage());
      case SocketException x -> new Failure(ExitCodes.CONNECTION, x.toString());
      case SocketTimeoutException x -> new Failure(ExitCodes.CONNECTION, x.toString());
      case NoSuchFileException x -> local("no such local file", x);
      case AccessDeniedException x -> local("local permission denied", x);
      case FileAlreadyExistsException x -> local("local file exists", x);
      case FileSystemException x -> local(x.getReason() == null ? "local I/O error" : x.getReason(), x);
      case IOException x -> new Failure(ExitCodes.LOCAL_IO, String.valueOf(x.getMessage()));
      case IllegalArgumentException x -> new Failure(ExitCodes.USAGE, x.getMessage());
      default -> new Failure(ExitCodes.INTERNAL, "unexpected error: " + cause);
    };
  }

  private static Failure local(String what, FileSystemException e) {
    String other = e.getOtherFile() == null ? "" : " -> " + e.getOtherFile();
    return new Failure(ExitCodes.LOCAL_IO, what + ": " + e.getFile() + other);
  }

  private static boolean refusesTls(FtpReplyException e) {
    return e.command()
        .map(Command::verb)
        .filter(Set.of(Verb.AUTH, Verb.PBSZ, Verb.PROT)::contains)
        .isPresent();
  }

  private static boolean isTls(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException || t instanceof GeneralSecurityException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
