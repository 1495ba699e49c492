package dev.ferry.ftp.server;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.ferry.ftp.server.auth.Authenticator;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.auth.UsersFile;
import dev.ferry.ftp.server.internal.ServerEngine;
import dev.ferry.ftp.server.internal.ServerModule;
import dev.ferry.ftp.server.internal.auth.AnonymousLogin;
import dev.ferry.ftp.server.internal.auth.UserList;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An FTP server (RFC 959 and its extensions) to embed in an application:
 *
 * <pre>{@code
 * try (FtpServer server = FtpServer.builder()
 *     .user("alice", "secret", HomeDirectory.of("local", VfsConfig.of(Map.of("root", "/srv/ftp"))),
 *         Permission.all())
 *     .build()
 *     .start()) {
 *   System.out.println("FTP on port " + server.port());
 *   ...
 * }
 * }</pre>
 *
 * <p>Each control connection runs on its own virtual thread, and each transfer on another, so a
 * client can abort or query a running transfer. {@link #close()} stops gracefully. The server is
 * assembled with Guice; an embedder who needs more passes modules to {@link Builder#module} that
 * add to its multibindings: {@link dev.ferry.ftp.server.command.CommandHandler},
 * {@link dev.ferry.ftp.server.command.SiteCommand},
 * {@link dev.ferry.ftp.server.command.CommandInterceptor},
 * {@link dev.ferry.ftp.server.event.FtpEventListener} and
 * {@link dev.ferry.ftp.server.auth.Authenticator}. Thread-safe.
 */
public final class FtpServer implements AutoCloseable {
  private final ServerConfig config;
  private final ServerEngine engine;

  private FtpServer(ServerConfig config, ServerEngine engine) {
    this.config = config;
    this.engine = engine;
  }

  /**
   * Starts configuring a server; by default it listens on {@code 127.0.0.1} at a port the system
   * picks, has no users, and refuses anonymous login.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the listeners and starts accepting connections.
   *
   * @return this server
   * @throws IOException if a listener cannot be bound
   * @throws IllegalStateException if it was started or closed before
   */
  public FtpServer start() throws IOException {
    engine.start();
    return this;
  }

  /**
   * Returns the port of the first listener, the one the system picked for port 0.
   *
   * @return the bound port
   * @throws IllegalStateException unless the server is running
   */
  public int port() {
    return engine.addresses().get(0).getPort();
  }

  /**
   * Returns the bound address of every listener, in configuration order.
   *
   * @return the addresses
   * @throws IllegalStateException unless the server is running
   */
  public List<InetSocketAddress> addresses() {
    return engine.addresses();
  }

  /**
   * Returns the server's counters (sessions, logins, transfers, bytes) and gauges (sessions and
   * transfers open now). Cheap; call it as often as a metrics scraper likes.
   *
   * @return a snapshot
   */
  public ServerMetrics metrics() {
    return engine.metrics();
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public ServerConfig config() {
    return config;
  }

  /**
   * Stops the server gracefully: stops accepting, lets running transfers finish for up to
   * {@link Timeouts#shutdownGrace()}, aborts those still running, sends {@code 421} to every
   * session and closes it, then releases the storage backends. Blocks until done; idempotent.
   */
  @Override
  public void close() {
    engine.close();
  }

  /** Package access for the tests' leak checks. */
  ServerEngine engine() {
    return engine;
  }

  /** Configures an {@link FtpServer}. Not thread-safe; {@link #build()} validates everything. */
  public static final class Builder {
    /** The default PBKDF2 iteration count for the builder's users (OWASP's 2021 figure). */
    public static final int DEFAULT_HASH_ITERATIONS = 310_000;

    private static final int MIN_HASH_ITERATIONS = 1_000;

    private final List<ListenerConfig> listeners = new ArrayList<>();
    private Limits limits = Limits.defaults();
    private Timeouts timeouts = Timeouts.defaults();
    private ActiveConfig active = ActiveConfig.strict();
    private LoginPolicy loginPolicy = LoginPolicy.defaults();
    private String greeting = ServerConfig.DEFAULT_GREETING;
    private final List<UserList.Definition> users = new ArrayList<>();
    private HomeDirectory anonymousHome;
    private UsersFile usersFile;
    private RateLimits rateLimits;
    private int hashIterations = DEFAULT_HASH_ITERATIONS;
    private Clock clock;
    private final List<Module> modules = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a listener; without any, the server listens on {@link ListenerConfig#loopback()}.
     *
     * @param listener where to listen
     * @return this builder
     */
    public Builder listener(ListenerConfig listener) {
      listeners.add(Checks.notNull(listener, "listener"));
      return this;
    }

    /**
     * Sets the session and line limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = Checks.notNull(limits, "limits");
      return this;
    }

    /**
     * Sets the timeouts.
     *
     * @param timeouts the timeouts
     * @return this builder
     */
    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Checks.notNull(timeouts, "timeouts");
      return this;
    }

    /**
     * Sets which active-mode targets are allowed.
     *
     * @param active the policy
     * @return this builder
     */
    public Builder active(ActiveConfig active) {
      this.active = Checks.notNull(active, "active");
      return this;
    }

    /**
     * Sets the failed-login delay and ban.
     *
     * @param loginPolicy the policy
     * @return this builder
     */
    public Builder loginPolicy(LoginPolicy loginPolicy) {
      this.loginPolicy = Checks.notNull(loginPolicy, "loginPolicy");
      return this;
    }

    /**
     * Sets server-wide caps on upload and download bandwidth, shared by all sessions; none by
     * default. Users may have lower caps of their own.
     *
     * @param rateLimits the caps
     * @return this builder
     */
    public Builder rateLimits(RateLimits rateLimits) {
      this.rateLimits = Checks.notNull(rateLimits, "rateLimits");
      return this;
    }

    /**
     * Sets the text of the {@code 220} greeting.
     *
     * @param greeting not blank
     * @return this builder
     */
    public Builder greeting(String greeting) {
      this.greeting = Checks.notNull(greeting, "greeting");
      return this;
    }

    /**
     * Adds a user. The password is hashed with PBKDF2 when {@link #build()} runs and is not kept.
     *
     * @param name the login name
     * @param password the password
     * @param home where the user's files live
     * @param permissions what the user may do
     * @return this builder
     */
    public Builder user(String name, String password, HomeDirectory home,
        Set<Permission> permissions) {
      Checks.notNull(password, "user.password");
      users.add(new UserList.Definition(new UserAccount(name, home, permissions), password));
      return this;
    }

    /**
     * Adds a user with every setting of an account: limits, and what the user needs of TLS (a
     * protected control or data connection, client certificates; {@link
     * dev.ferry.ftp.server.auth.UserTls}). The password is hashed with PBKDF2 when {@link
     * #build()} runs and is not kept.
     *
     * @param account the account
     * @param password the password
     * @return this builder
     */
    public Builder user(UserAccount account, String password) {
      Checks.notNull(account, "user");
      Checks.notNull(password, "user.password");
      users.add(new UserList.Definition(account, password));
      return this;
    }

    /**
     * Adds the users of a users file, asked after the users added with {@link #user}. Keep the
     * reference to {@link UsersFile#reload()} it later.
     *
     * @param usersFile the loaded file
     * @return this builder
     */
    public Builder usersFile(UsersFile usersFile) {
      this.usersFile = Checks.notNull(usersFile, "usersFile");
      return this;
    }

    /**
     * Turns on anonymous read-only login ({@code anonymous} or {@code ftp}, any password).
     *
     * @param home what anonymous users may list and read
     * @return this builder
     */
    public Builder anonymous(HomeDirectory home) {
      this.anonymousHome = Checks.notNull(home, "anonymous.home");
      return this;
    }

    /**
     * Sets the PBKDF2 iteration count for the builder's users; lower it only for tests.
     *
     * @param iterations at least 1000
     * @return this builder
     */
    public Builder passwordHashIterations(int iterations) {
      this.hashIterations = Checks.atLeast(iterations, MIN_HASH_ITERATIONS,
          "passwordHashIterations");
      return this;
    }

    /**
     * Sets the clock for timestamps, bans and listings; the system UTC clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /**
     * Adds Guice modules: extra command handlers, SITE commands, interceptors, event listeners
     * and authenticators through their multibindings, or replacements of optional bindings.
     *
     * @param extra the modules
     * @return this builder
     */
    public Builder module(Module... extra) {
      for (Module module : extra) {
        modules.add(Checks.notNull(module, "module"));
      }
      return this;
    }

    /**
     * Validates the configuration, hashes the passwords and assembles the server.
     *
     * @return the server, not started
     * @throws IllegalArgumentException naming the field of an invalid setting
     * @throws IllegalStateException if the modules conflict (for example two handlers of one
     *     verb)
     */
    public FtpServer build() {
      ServerConfig config = new ServerConfig(
          listeners.isEmpty() ? List.of(ListenerConfig.loopback()) : listeners,
          limits, timeouts, active, loginPolicy, greeting);
      UserList userList = UserList.hash(users, hashIterations);
      List<Module> all = new ArrayList<>();
      all.add(new ServerModule(config, userList,
          new AnonymousLogin(Optional.ofNullable(anonymousHome))));
      if (clock != null) {
        all.add(new ClockModule(clock));
      }
      if (usersFile != null) {
        all.add(new UsersFileModule(usersFile));
      }
      if (rateLimits != null) {
        RateLimits rates = rateLimits;
        all.add(binder -> OptionalBinder.newOptionalBinder(binder, RateLimits.class)
            .setBinding().toInstance(rates));
      }
      all.addAll(modules);
      try {
        ServerEngine engine = Guice.createInjector(Stage.PRODUCTION, all)
            .getInstance(ServerEngine.class);
        return new FtpServer(config, engine);
      } catch (CreationException e) {
        Throwable cause = e.getErrorMessages().stream()
            .map(message -> message.getCause())
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(e);
        throw new IllegalStateException("Cannot assemble the server: " + cause.getMessage(), e);
      }
    }
  }

  /** Adds the users file to the authenticators. */
  private static final class UsersFileModule extends AbstractModule {
    private final UsersFile usersFile;

    UsersFileModule(UsersFile usersFile) {
      this.usersFile = usersFile;
    }

    @Override
    protected void configure() {
      Multibinder.newSetBinder(binder(), Authenticator.class).addBinding().toInstance(usersFile);
    }
  }

  /** Replaces the default clock. */
  private static final class ClockModule extends AbstractModule {
    private final Clock clock;

    ClockModule(Clock clock) {
      this.clock = clock;
    }

    @Override
    protected void configure() {
      OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(clock);
    }
  }
}
