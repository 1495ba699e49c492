package dev.ferry.ftp.server.event;

import dev.ferry.ftp.protocol.param.RepresentationType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in a session, for {@link FtpEventListener}s: audit logs, metrics, a
 * transfer log, hooks that process uploaded files.
 *
 * <p>Every event names its session (an id unique while the server runs, also in the logs' MDC as
 * {@code session}), the client's address and when it happened, by the server's clock. Passwords
 * never appear in events.
 */
public sealed interface FtpEvent {
  /**
   * Returns the session's id.
   *
   * @return the id, also found in the logs' MDC under {@code session}
   */
  String sessionId();

  /**
   * Returns the client's address.
   *
   * @return the remote end of the control connection
   */
  InetSocketAddress client();

  /**
   * Returns when the event happened.
   *
   * @return the instant, by the server's clock
   */
  Instant time();

  /**
   * A client connected and was greeted.
   *
   * @param sessionId the session's id
   * @param client the client's address
   * @param time when
   */
  record Connected(String sessionId, InetSocketAddress client, Instant time) implements FtpEvent {
    /** Checks the values. */
    public Connected {
      Events.check(sessionId, client, time);
    }
  }

  /**
   * A user logged in.
   *
   * @param sessionId the session's id
   * @param client the client's address
   * @param time when
   * @param user the user name
   */
  record LoggedIn(String sessionId, InetSocketAddress client, Instant time, String user)
      implements FtpEvent {
    /** Checks the values. */
    public LoggedIn {
      Events.check(sessionId, client, time);
      Objects.requireNonNull(user, "user");
    }
  }

  /**
   * A login failed: unknown user or wrong password (the two are not told apart).
   *
   * @param sessionId the session's id
   * @param client the client's address
   * @param time when
   * @param user the user name that was tried
   * @param banned whether this failure got the client's address banned
   */
  record LoginFailed(
      String sessionId, InetSocketAddress client, Instant time, String user, boolean banned)
      implements FtpEvent {
    /** Checks the values. */
    public LoginFailed {
      Events.check(sessionId, client, time);
      Objects.requireNonNull(user, "user");
    }
  }

  /**
   * A command was answered. For a transfer this is its start (the {@code 150} reply); the end is
   * an {@link UploadFinished} or {@link DownloadFinished}. HASH and the X-checksums, which read
   * the file off the control thread and send no preliminary reply, report {@code 150} too: their
   * start.
   *
   * @param sessionId the session's id
   * @param client the client's address
   * @param time when the command arrived
   * @param user the logged-in user, or empty before login
   * @param command the command as it is safe to log (secret arguments masked)
   * @param replyCode the code of the last reply sent for it
   * @param duration how long it took
   */
  record CommandExecuted(
      String sessionId,
      InetSocketAddress client,
      Instant time,
      String user,
      String command,
      int replyCode,
      Duration duration)
      implements FtpEvent {
    /** Checks the values. */
    public CommandExecuted {
      Events.check(sessionId, client, time);
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(duration, "duration");
    }
  }

  /**
   * A file upload (STOR and its kin) ended.
   *
   * @param sessionId the session's id
   * @param client the client's address
   * @param time when it ended
   * @param user the user name
   * @param path the file's path as the user sees it
   * @param bytes the bytes received
   * @param duration how long the transfer took
   * @param outcome how it ended; only {@link TransferOutcome#COMPLETED} uploads are visible
   * @param type the representation type (TYPE, RFC 959 §3.1.1) the file was sent in
   */
  record UploadFinished(
      String sessionId,
      InetSocketAddress client,
      Instant time,
      String user,
      String path,
      long bytes,
      Duration duration,
      TransferOutcome outcome,
      RepresentationType type)
      implements FtpEvent {
    /** Checks the values. */
    public UploadFinished {
      Events.check(sessionId, client, time);
      Events.checkTransfer(user, path, duration, outcome);
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A file download (RETR) ended.
   *
   * @param sessionId the session's id
   * @param client the client's address
   * @param time when it ended
   * @param user the user name
   * @param path the file's path as the user sees it
   * @param bytes the bytes sent
   * @param duration how long the transfer took
   * @param outcome how it ended
   * @param type the representation type (TYPE, RFC 959 §3.1.1) the file was sent in
   */
  record DownloadFinished(
      String sessionId,
      InetSocketAddress client,
      Instant time,
      String user,
      String path,
      long bytes,
      Duration duration,
      TransferOutcome outcome,
      RepresentationType type)
      implements FtpEvent {
    /** Checks the values. */
    public DownloadFinished {
      Events.check(sessionId, client, time);
      Events.checkTransfer(user, path, duration, outcome);
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * The control connection closed.
   *
   * @param sessionId the session's id
   * @param client the client's address
   * @param time when
   * @param duration how long the session lasted
   */
  record Disconnected(String sessionId, InetSocketAddress client, Instant time, Duration duration)
      implements FtpEvent {
    /** Checks the values. */
    public Disconnected {
      Events.check(sessionId, client, time);
      Objects.requireNonNull(duration, "duration");
    }
  }
}
