package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.server.auth.UserLimits;
import dev.ferry.ftp.server.internal.data.DataChannelSetup;
import dev.ferry.ftp.server.internal.data.DataSecurity;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Everything a transfer thread needs, captured on the control thread when the transfer starts (the
 * session's own state belongs to the control thread).
 *
 * @param command the command that started it, safe to log, for STAT and logs
 * @param setup how to make the data connection; the transfer owns and closes it
 * @param client the control connection's client
 * @param local the control connection's local address
 * @param security the data protection level and TLS
 * @param parameters TYPE, STRU and MODE, which choose the encoding
 * @param job what to move
 * @param sessionId the session's id, for events
 * @param user the user name, for events
 * @param limits the user's transfer rates
 */
public record TransferRequest(
    String command,
    DataChannelSetup setup,
    InetSocketAddress client,
    InetAddress local,
    DataSecurity security,
    TransferParameters parameters,
    TransferJob job,
    String sessionId,
    String user,
    UserLimits limits) {
  /** Checks the values. */
  public TransferRequest {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(limits, "limits");
  }
}
