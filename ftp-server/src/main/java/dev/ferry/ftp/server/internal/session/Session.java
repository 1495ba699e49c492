package dev.ferry.ftp.server.internal.session;

import dev.ferry.ftp.server.PassiveConfig;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.internal.data.DataChannelSetup;
import dev.ferry.ftp.server.internal.transfer.TransferParameters;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one control connection, in typed fields rather than a bag of attributes: the login
 * state, the working directory, the transfer parameters, the pending actions, the data-channel
 * setup, EPSV ALL and the TLS state.
 *
 * <p>Confined to the session's control thread: a transfer thread receives copies of what it needs
 * in its {@link dev.ferry.ftp.server.internal.transfer.TransferRequest}.
 */
public final class Session {
  private final String id;
  private final InetSocketAddress client;
  private final InetSocketAddress server;
  private final PassiveConfig passive;
  private final Instant started;
  private final PendingActions pending = new PendingActions();
  private LoginState login = LoginState.CONNECTED;
  private VirtualPath workingDirectory = VirtualPath.ROOT;
  private TransferParameters parameters = TransferParameters.DEFAULT;
  private DataChannelSetup dataSetup = DataChannelSetup.NONE;
  private boolean epsvAll;
  private final ControlSecurity security;
  private TlsState tls = TlsState.PLAIN;
  private final ClientOptions options = new ClientOptions();
  private Runnable logout = Session::nothing;

  /**
   * Creates the state of a new connection.
   *
   * @param id the session's id
   * @param client the client's address
   * @param server the server's address the client reached
   * @param passive the passive settings of the listener the client reached
   * @param started when the connection was accepted
   */
  public Session(String id, InetSocketAddress client, InetSocketAddress server,
      PassiveConfig passive, Instant started) {
    this(id, client, server, passive, started, new ControlSecurity(null, null));
  }

  /**
   * Creates the state of a new connection on a listener that may offer TLS.
   *
   * @param id the session's id
   * @param client the client's address
   * @param server the server's address the client reached
   * @param passive the passive settings of the listener the client reached
   * @param started when the connection was accepted
   * @param security the listener's TLS and the channel to secure
   */
  public Session(String id, InetSocketAddress client, InetSocketAddress server,
      PassiveConfig passive, Instant started, ControlSecurity security) {
    this.security = Objects.requireNonNull(security, "security");
    this.id = Objects.requireNonNull(id, "id");
    this.client = Objects.requireNonNull(client, "client");
    this.server = Objects.requireNonNull(server, "server");
    this.passive = Objects.requireNonNull(passive, "passive");
    this.started = Objects.requireNonNull(started, "started");
  }

  /** Returns the session's id. @return the id */
  public String id() {
    return id;
  }

  /** Returns the client's address. @return the address */
  public InetSocketAddress client() {
    return client;
  }

  /** Returns the server's address the client reached. @return the address */
  public InetSocketAddress server() {
    return server;
  }

  /** Returns the passive settings of this session's listener. @return the settings */
  public PassiveConfig passive() {
    return passive;
  }

  /** Returns when the connection was accepted. @return the instant */
  public Instant started() {
    return started;
  }

  /** Returns the login state. @return the state */
  public LoginState login() {
    return login;
  }

  /**
   * Returns the logged-in user.
   *
   * @return the account, or empty
   */
  public Optional<UserAccount> account() {
    return login instanceof LoginState.LoggedIn in ? Optional.of(in.account()) : Optional.empty();
  }

  /**
   * Returns the user's file system.
   *
   * @return the view of the user's home
   * @throws IllegalStateException before login
   */
  public VirtualFileSystem fileSystem() {
    if (login instanceof LoginState.LoggedIn in) {
      return in.fileSystem();
    }
    throw new IllegalStateException("not logged in");
  }

  /**
   * Records a user name (USER): any previous login is flushed, as RFC 959 §4.1.1 says.
   *
   * @param name the name
   */
  public void userGiven(String name) {
    endLogin();
    login = new LoginState.UserGiven(name);
    workingDirectory = VirtualPath.ROOT;
  }

  /**
   * Records a successful login.
   *
   * @param account the user
   * @param fileSystem the user's view of storage
   */
  public void loggedIn(UserAccount account, VirtualFileSystem fileSystem) {
    loggedIn(account, fileSystem, Session::nothing);
  }

  /**
   * Records a successful login that holds something until the session logs out (a user's
   * session slot): {@code onLogout} runs once, at REIN, a new USER or the end of the connection.
   *
   * @param account the user
   * @param fileSystem the user's view of storage
   * @param onLogout what to run when the login ends
   */
  public void loggedIn(UserAccount account, VirtualFileSystem fileSystem, Runnable onLogout) {
    endLogin();
    login = new LoginState.LoggedIn(account, fileSystem);
    workingDirectory = VirtualPath.ROOT;
    logout = Objects.requireNonNull(onLogout, "onLogout");
  }

  /** Records a failed login: back to {@link LoginState#CONNECTED}. */
  public void loginFailed() {
    endLogin();
    login = LoginState.CONNECTED;
  }

  /** Returns the working directory. @return the path */
  public VirtualPath workingDirectory() {
    return workingDirectory;
  }

  /** Sets the working directory. @param path the new directory, already checked */
  public void workingDirectory(VirtualPath path) {
    workingDirectory = Objects.requireNonNull(path, "path");
  }

  /** Returns TYPE, STRU and MODE. @return the parameters */
  public TransferParameters parameters() {
    return parameters;
  }

  /** Sets TYPE, STRU and MODE. @param parameters the new parameters */
  public void parameters(TransferParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** Returns the pending actions (REST, RNFR). @return the pending actions */
  public PendingActions pending() {
    return pending;
  }

  /** Returns the data-channel setup. @return the setup */
  public DataChannelSetup dataSetup() {
    return dataSetup;
  }

  /**
   * Replaces the data-channel setup, closing the previous one (a new PASV frees the old port).
   *
   * @param setup the new setup
   */
  public void dataSetup(DataChannelSetup setup) {
    DataChannelSetup previous = dataSetup;
    dataSetup = Objects.requireNonNull(setup, "setup");
    if (previous != setup) {
      closeQuietly(previous);
    }
  }

  /**
   * Takes the data-channel setup for a transfer, leaving none.
   *
   * @return the setup, which the caller now owns
   */
  public DataChannelSetup takeDataSetup() {
    DataChannelSetup setup = dataSetup;
    dataSetup = DataChannelSetup.NONE;
    return setup;
  }

  /** Tells whether EPSV ALL was received (RFC 2428 §4). @return the flag */
  public boolean epsvAll() {
    return epsvAll;
  }

  /** Records EPSV ALL. */
  public void enterEpsvAll() {
    epsvAll = true;
  }

  /**
   * Returns what the client chose for extension commands (OPTS MLST, OPTS HASH, RANG, CLNT,
   * HOST).
   *
   * @return the options
   */
  public ClientOptions options() {
    return options;
  }

  /** Returns the TLS state. @return the state */
  public TlsState tls() {
    return tls;
  }

  /** Returns what the session can do with TLS. @return the security */
  public ControlSecurity security() {
    return security;
  }

  /** Sets the TLS state. @param tls the new state */
  public void tls(TlsState tls) {
    this.tls = Objects.requireNonNull(tls, "tls");
  }

  /**
   * Resets the session for a new user (REIN, RFC 959 §4.1.1): logged out, default parameters, no
   * pending action or data setup. The connection and its TLS state stay.
   */
  public void reinitialize() {
    endLogin();
    login = LoginState.CONNECTED;
    workingDirectory = VirtualPath.ROOT;
    parameters = TransferParameters.DEFAULT;
    pending.clearAllBut(Set.of());
    dataSetup(DataChannelSetup.NONE);
    epsvAll = false;
    options.reset();
  }

  /** Releases what the session holds when the connection ends. */
  public void close() {
    dataSetup(DataChannelSetup.NONE);
    endLogin();
    login = LoginState.CONNECTED;
  }

  private void endLogin() {
    Runnable ending = logout;
    logout = Session::nothing;
    ending.run();
  }

  private static void nothing() {}

  private static void closeQuietly(DataChannelSetup setup) {
    try {
      setup.close();
    } catch (IOException e) {
      // A listener that fails to close has nothing left to release.
    }
  }
}
