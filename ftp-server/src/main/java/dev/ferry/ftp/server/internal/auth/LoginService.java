package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.server.LoginPolicy;
import dev.ferry.ftp.server.auth.Authenticator;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.auth.UserTls;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PASS path: asks the authenticators in binding order, checks what the user needs of TLS,
 * opens the user's home, and on failure waits the configured delay and counts the failure toward
 * a ban. An unknown user and a wrong password take the same path, the same time and the same
 * reply; what a user needs of TLS is told only after the right password. Also the USER path of a
 * client with a verified certificate (RFC 4217 §6).
 */
@Singleton
public final class LoginService {
  private static final Logger log = LoggerFactory.getLogger(LoginService.class);

  private final List<Authenticator> authenticators;
  private final LoginThrottle throttle;
  private final HomeViews homes;
  private final LoginPolicy policy;
  private final UserSessions userSessions;

  @Inject
  LoginService(Set<Authenticator> authenticators, LoginThrottle throttle, HomeViews homes,
      LoginPolicy policy, UserSessions userSessions) {
    this.authenticators = List.copyOf(authenticators);
    this.throttle = throttle;
    this.homes = homes;
    this.policy = policy;
    this.userSessions = userSessions;
  }

  /**
   * What TLS protects the control connection a login arrives on.
   *
   * @param secured whether the control connection is protected now
   * @param certificate the client's verified certificate, or {@code null} if it sent none
   */
  public record ControlTls(boolean secured, X509Certificate certificate) {
    /** A clear-text control connection. */
    public static final ControlTls CLEAR = new ControlTls(false, null);
  }

  /** How a login ended. */
  public sealed interface Result {
    /**
     * The user is in.
     *
     * @param account the user
     * @param fileSystem the user's view of storage
     * @param logout gives the user's session slot back; run it when the login ends
     */
    record Success(UserAccount account, VirtualFileSystem fileSystem, Runnable logout)
        implements Result {
      /** Checks the values. */
      public Success {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(fileSystem, "fileSystem");
        Objects.requireNonNull(logout, "logout");
      }
    }

    /**
     * The credentials were good, but the user is logged in with as many sessions as the user's
     * {@link dev.ferry.ftp.server.auth.UserLimits#maxSessions()} allows.
     *
     * @param user the user name
     */
    record TooManySessions(String user) implements Result {}

    /**
     * The password was right, but the user must log in over a protected control connection.
     *
     * @param user the user name
     */
    record TlsRequired(String user) implements Result {}

    /**
     * The password was right, but the user must also present a certificate that identifies the
     * user.
     *
     * @param user the user name
     */
    record CertificateRequired(String user) implements Result {}

    /**
     * The credentials were refused.
     *
     * @param banned whether the client's address is banned now
     */
    record Failure(boolean banned) implements Result {}
  }

  /**
   * Tells whether an address is banned.
   *
   * @param address the client's address
   * @return whether it is banned now
   */
  public boolean isBanned(InetAddress address) {
    return throttle.isBanned(address);
  }

  /**
   * Checks credentials and opens the home.
   *
   * @param name the user name
   * @param password the password; never logged
   * @param client the client's address
   * @param tls the control connection's protection
   * @return the result
   * @throws CommandFailedException {@code 530} if the user store or the home is unavailable
   */
  public Result login(String name, String password, InetAddress client, ControlTls tls) {
    if (throttle.isBanned(client)) {
      // A session opened before the ban does not get to go on guessing.
      return new Result.Failure(true);
    }
    Optional<UserAccount> account =
        ask(authenticator -> authenticator.authenticate(name, password, client));
    if (account.isEmpty()) {
      boolean banned = throttle.recordFailure(client);
      pause();
      return new Result.Failure(banned);
    }
    UserTls needs = account.get().tls();
    if (needs.controlRequired() && !tls.secured()) {
      return new Result.TlsRequired(name);
    }
    if (needs.certificate().configured()
        && (tls.certificate() == null || !needs.certificate().matches(tls.certificate()))) {
      return new Result.CertificateRequired(name);
    }
    return open(account.get());
  }

  /**
   * Logs in with the verified client certificate alone (RFC 4217 §6), when it identifies the user
   * and the user's {@link dev.ferry.ftp.server.auth.CertificateLogin} needs no password.
   *
   * @param name the user name sent with USER
   * @param certificate the client's verified certificate
   * @param client the client's address
   * @return the result, or empty when the password is still needed (or the certificate does not
   *     identify the user, which PASS will then refuse)
   * @throws CommandFailedException {@code 530} if the user store or the home is unavailable
   */
  public Optional<Result> loginByCertificate(String name, X509Certificate certificate,
      InetAddress client) {
    if (throttle.isBanned(client)) {
      return Optional.empty();
    }
    return ask(authenticator -> authenticator.authenticate(name, certificate, client))
        .filter(account -> !account.tls().certificate().passwordRequired())
        .map(this::open);
  }

  private Result open(UserAccount account) {
    Optional<UserSessions.Lease> lease = userSessions.acquire(account);
    if (lease.isEmpty()) {
      return new Result.TooManySessions(account.name());
    }
    try {
      return new Result.Success(account, homes.open(account), lease.get()::release);
    } catch (IOException | RuntimeException e) {
      lease.get().release();
      log.error("Home of user {} is unavailable", account.name(), e);
      throw CommandFailedException.notLoggedIn("Home directory unavailable.");
    }
  }

  /** One question to an authenticator. */
  @FunctionalInterface
  private interface Question {
    Optional<UserAccount> ask(Authenticator authenticator) throws IOException;
  }

  private Optional<UserAccount> ask(Question question) {
    for (Authenticator authenticator : authenticators) {
      Optional<UserAccount> account;
      try {
        account = question.ask(authenticator);
      } catch (IOException e) {
        log.warn("Authenticator {} failed", authenticator.getClass().getName(), e);
        throw CommandFailedException.notLoggedIn("Login unavailable; try again later.");
      }
      if (account.isPresent()) {
        return account;
      }
    }
    return Optional.empty();
  }

  private void pause() {
    if (policy.failureDelay().isZero()) {
      return;
    }
    try {
      Thread.sleep(policy.failureDelay());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
