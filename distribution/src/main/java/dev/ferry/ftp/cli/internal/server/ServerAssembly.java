package dev.ferry.ftp.cli.internal.server;

import dev.ferry.ftp.cli.internal.config.ConfigException;
import dev.ferry.ftp.cli.internal.config.FerryConfig;
import dev.ferry.ftp.cli.internal.config.ListenerSpec;
import dev.ferry.ftp.server.FtpServer;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.PassiveConfig;
import dev.ferry.ftp.server.auth.UsersFile;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.TlsConfigurationException;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import java.io.IOException;
import java.util.Optional;

/** Turns a checked {@link FerryConfig} into a server that is ready to start. */
final class ServerAssembly {
  private ServerAssembly() {}

  /**
   * Loads the users file and the TLS keys and builds the server.
   *
   * @param config the configuration
   * @return the server, not started
   * @throws ConfigException if the users file or the TLS keys cannot be used, or the server
   *     refuses a value
   * @throws IOException if the users file cannot be read
   */
  static RunningServer assemble(FerryConfig config) throws ConfigException, IOException {
    UsersFile users = UsersFile.load(config.usersFile());
    Optional<ServerTlsContext> keys = Optional.empty();
    if (config.usesTls()) {
      try {
        keys = Optional.of(ServerTlsContext.create(config.tls()::loadKeys));
      } catch (TlsConfigurationException e) {
        throw new ConfigException(config.file().toString(), "tls", e.getMessage(), e);
      }
    }
    FtpServer.Builder builder = FtpServer.builder()
        .greeting(config.greeting())
        .limits(config.limits())
        .timeouts(config.timeouts())
        .loginPolicy(config.login())
        .active(config.active())
        .rateLimits(config.rates())
        .usersFile(users);
    for (ListenerSpec listener : config.listeners()) {
      builder.listener(listener(listener, config.passive(), config.tls().policy(), keys));
    }
    config.anonymous().ifPresent(builder::anonymous);
    try {
      return new RunningServer(builder.build(), Optional.of(users), keys);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ConfigException(config.file().toString(), "", e.getMessage(), e);
    }
  }

  /** Builds one listener; a TLS listener gets the shared keys and the policy in its mode. */
  static ListenerConfig listener(ListenerSpec listener, PassiveConfig passive, TlsPolicy policy,
      Optional<ServerTlsContext> keys) {
    ListenerConfig config = new ListenerConfig(listener.bind(), listener.port(), passive);
    if (listener.tls() == TlsMode.OFF) {
      return config;
    }
    TlsPolicy.Builder mode = policy.toBuilder().mode(listener.tls());
    if (listener.tls() == TlsMode.IMPLICIT) {
      mode.controlRequired(true);
    }
    return config.withTls(mode.build(), keys.orElseThrow());
  }
}
