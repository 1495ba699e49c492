package dev.ferry.ftp.server.internal.session;

import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.util.Objects;

/**
 * Where a session stands in the login sequence of RFC 959 §5.4 (USER, then PASS): connected, a
 * user name given, or logged in. REIN and a new USER go back.
 */
public sealed interface LoginState {
  /** Connected, no user name yet; also the state after REIN and after a failed PASS. */
  LoginState CONNECTED = new Connected();

  /** No user name yet. */
  record Connected() implements LoginState {}

  /**
   * USER was accepted; PASS must follow.
   *
   * @param name the user name
   */
  record UserGiven(String name) implements LoginState {
    /** Checks the value. */
    public UserGiven {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * Logged in.
   *
   * @param account the user
   * @param fileSystem the user's view of storage: the home as root, read-only without write
   *     permissions
   */
  record LoggedIn(UserAccount account, VirtualFileSystem fileSystem) implements LoginState {
    /** Checks the values. */
    public LoggedIn {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(fileSystem, "fileSystem");
    }
  }
}
