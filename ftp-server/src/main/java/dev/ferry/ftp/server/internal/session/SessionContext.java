package dev.ferry.ftp.server.internal.session;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.auth.UserLimits;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.internal.control.ReplyWriter;
import dev.ferry.ftp.server.internal.data.DataChannelSetup;
import dev.ferry.ftp.server.internal.data.DataProtection;
import dev.ferry.ftp.server.internal.data.DataSecurity;
import dev.ferry.ftp.server.internal.transfer.TransferJob;
import dev.ferry.ftp.server.internal.transfer.LocalJob;
import dev.ferry.ftp.server.internal.transfer.TransferRequest;
import dev.ferry.ftp.server.internal.transfer.Transfers;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link CommandContext} of a session, with what built-in handlers need beyond it: the typed
 * {@link Session}, the transfer slot, and how to start a transfer. The dispatcher passes this very
 * object to every handler. Used on the control thread only.
 */
public final class SessionContext implements CommandContext {
  private final Session session;
  private final ReplyWriter writer;
  private final Transfers transfers;
  private Command command;
  private Reply lastReply;
  private boolean transferStarted;
  private boolean closeRequested;

  /**
   * Creates the context of a session.
   *
   * @param session the state
   * @param writer the reply writer
   * @param transfers the transfer slot
   */
  public SessionContext(Session session, ReplyWriter writer, Transfers transfers) {
    this.session = Objects.requireNonNull(session, "session");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.transfers = Objects.requireNonNull(transfers, "transfers");
  }

  @Override
  public String sessionId() {
    return session.id();
  }

  @Override
  public InetSocketAddress clientAddress() {
    return session.client();
  }

  @Override
  public InetSocketAddress serverAddress() {
    return session.server();
  }

  @Override
  public Optional<UserAccount> account() {
    return session.account();
  }

  @Override
  public VirtualFileSystem fileSystem() {
    return session.fileSystem();
  }

  @Override
  public VirtualPath workingDirectory() {
    return session.workingDirectory();
  }

  @Override
  public VirtualPath resolve(String argument) {
    return session.workingDirectory().resolve(argument);
  }

  @Override
  public void require(Permission permission) {
    UserAccount account = session.account()
        .orElseThrow(() -> CommandFailedException.notLoggedIn("Please log in with USER and PASS."));
    if (!account.may(permission)) {
      throw CommandFailedException.permissionDenied(
          "Permission denied: " + permission.name().toLowerCase(Locale.ROOT) + ".");
    }
  }

  @Override
  public void reply(Reply reply) {
    lastReply = Objects.requireNonNull(reply, "reply");
    writer.send(reply);
  }

  /**
   * Returns the session's state.
   *
   * @return the session
   */
  public Session session() {
    return session;
  }

  /**
   * Returns the session's transfer slot.
   *
   * @return the transfers
   */
  public Transfers transfers() {
    return transfers;
  }

  /**
   * Starts a transfer: takes the data-channel setup ({@code 425} if there is none), opens the job
   * (its failures are the command's, before any {@code 150}), sends {@code 150} and hands the job
   * to a transfer thread, which sends the final reply.
   *
   * @param startText the text of the {@code 150} reply
   * @param opener opens the job's storage resources
   * @throws IOException if opening fails
   */
  public void startTransfer(String startText, JobOpener opener) throws IOException {
    DataSecurity security = dataSecurity();
    DataChannelSetup setup = session.takeDataSetup();
    if (setup instanceof DataChannelSetup.None) {
      throw new CommandFailedException(ReplyCode.CANNOT_OPEN_DATA_CONNECTION_425,
          "Use PORT, PASV, EPRT or EPSV first.");
    }
    TransferJob job;
    try {
      job = opener.open();
    } catch (IOException | RuntimeException e) {
      setup.close();
      throw e;
    }
    reply(Reply.of(ReplyCode.FILE_STATUS_OK_150, startText));
    String user = session.account().map(UserAccount::name).orElse("");
    transfers.start(new TransferRequest(String.valueOf(command), setup, session.client(),
        session.server().getAddress(), security, session.parameters(), job,
        session.id(), user,
        session.account().map(UserAccount::limits).orElse(UserLimits.NONE)));
    transferStarted = true;
  }

  /**
   * Runs the command's remaining work off the control thread, in the transfer slot (see
   * {@link LocalJob}); its thread sends the final reply.
   *
   * @param job the work
   */
  public void startLocal(LocalJob job) {
    transfers.startLocal(String.valueOf(command), session.id(), job);
    transferStarted = true;
  }

  /**
   * The data protection for a transfer starting now. Clear-text data where the listener or the
   * user requires protected data is refused with {@code 521} before any {@code 150} (RFC 4217
   * §9: the server refuses to open a data connection at a level its policy does not allow).
   */
  private DataSecurity dataSecurity() {
    ControlSecurity security = session.security();
    if (session.tls().dataProtection() == DataProtection.PRIVATE) {
      return new DataSecurity(DataProtection.PRIVATE, security.tls(), security.controlSession(),
          security::claimReuseWarning);
    }
    if (security.tls().map(tls -> tls.policy().dataRequired()).orElse(false)
        || session.account().map(account -> account.tls().dataRequired()).orElse(false)) {
      throw new CommandFailedException(ReplyCode.of(521),
          "Data connections must be protected: send PBSZ 0 and PROT P first.");
    }
    return DataSecurity.CLEAR;
  }

  /**
   * Marks the start of a command, for {@link #lastReply()}.
   *
   * @param next the command about to run
   */
  public void beginCommand(Command next) {
    command = next;
    lastReply = null;
    transferStarted = false;
  }

  /**
   * Returns the last reply sent for the current command.
   *
   * @return the reply, or empty if none was sent
   */
  public Optional<Reply> lastReply() {
    return Optional.ofNullable(lastReply);
  }

  /**
   * Tells whether the current command started a transfer (whose thread sends the final reply).
   *
   * @return whether a transfer started
   */
  public boolean transferStarted() {
    return transferStarted;
  }

  /** Asks the session loop to close the connection after this command (QUIT, a ban). */
  public void requestClose() {
    closeRequested = true;
  }

  /**
   * Tells whether the connection should close.
   *
   * @return whether a close was requested
   */
  public boolean closeRequested() {
    return closeRequested;
  }

  /** Opens the storage side of a transfer. */
  @FunctionalInterface
  public interface JobOpener {
    /**
     * Opens the job.
     *
     * @return the job
     * @throws IOException if storage fails
     */
    TransferJob open() throws IOException;
  }
}
