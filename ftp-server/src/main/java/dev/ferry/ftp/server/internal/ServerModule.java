package dev.ferry.ftp.server.internal;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.ferry.ftp.server.ActiveConfig;
import dev.ferry.ftp.server.Limits;
import dev.ferry.ftp.server.LoginPolicy;
import dev.ferry.ftp.server.RateLimits;
import dev.ferry.ftp.server.ServerConfig;
import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.command.CommandInterceptor;
import dev.ferry.ftp.server.event.FtpEventListener;
import dev.ferry.ftp.server.internal.auth.AnonymousLogin;
import dev.ferry.ftp.server.internal.auth.AuthModule;
import dev.ferry.ftp.server.internal.auth.UserList;
import dev.ferry.ftp.server.internal.command.BuiltInCommandsModule;
import dev.ferry.ftp.server.internal.data.DataModule;
import dev.ferry.ftp.server.internal.dispatch.CommandLogInterceptor;
import dev.ferry.ftp.server.internal.event.EventInterceptor;
import dev.ferry.ftp.server.internal.event.MetricsListener;
import dev.ferry.ftp.server.internal.event.XferLog;
import java.time.Clock;

/**
 * The server's composition root: binds the configuration values, the defaults an embedder can
 * replace ({@link Clock}, through {@code OptionalBinder}), and the multibindings an embedder adds
 * to (command handlers, SITE commands, interceptors, event listeners, authenticators). Free of side
 * effects: nothing is opened here.
 */
public final class ServerModule extends AbstractModule {
  private final ServerConfig config;
  private final UserList users;
  private final AnonymousLogin anonymous;

  /**
   * Creates the module.
   *
   * @param config the server configuration
   * @param users the builder's users, hashed
   * @param anonymous the anonymous login settings
   */
  public ServerModule(ServerConfig config, UserList users, AnonymousLogin anonymous) {
    this.config = config;
    this.users = users;
    this.anonymous = anonymous;
  }

  @Override
  protected void configure() {
    bind(ServerConfig.class).toInstance(config);
    bind(Limits.class).toInstance(config.limits());
    bind(Timeouts.class).toInstance(config.timeouts());
    bind(ActiveConfig.class).toInstance(config.active());
    bind(LoginPolicy.class).toInstance(config.loginPolicy());
    OptionalBinder.newOptionalBinder(binder(), Clock.class)
        .setDefault().toInstance(Clock.systemUTC());
    OptionalBinder.newOptionalBinder(binder(), RateLimits.class)
        .setDefault().toInstance(RateLimits.UNLIMITED);
    Multibinder<FtpEventListener> listeners =
        Multibinder.newSetBinder(binder(), FtpEventListener.class);
    listeners.addBinding().to(MetricsListener.class);
    listeners.addBinding().to(XferLog.class);
    Multibinder<CommandInterceptor> interceptors =
        Multibinder.newSetBinder(binder(), CommandInterceptor.class);
    interceptors.addBinding().to(CommandLogInterceptor.class);
    interceptors.addBinding().to(EventInterceptor.class);
    install(new AuthModule(users, anonymous));
    install(new DataModule());
    install(new BuiltInCommandsModule());
  }
}
