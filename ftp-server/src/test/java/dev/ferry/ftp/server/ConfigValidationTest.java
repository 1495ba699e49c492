package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.auth.UserLimits;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandHandler;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.vfs.VfsConfig;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every configuration value refuses bad input with a message that names the field. */
class ConfigValidationTest {
  static Stream<Arguments> badValues() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    Duration zero = Duration.ZERO;
    Duration negative = Duration.ofSeconds(-1);
    return Stream.of(
        bad("listener.port", () -> ListenerConfig.of(loopback, 70000)),
        bad("listener.bindAddress", () -> ListenerConfig.of(null, 21)),
        bad("passive.minPort", () -> new PassiveConfig(-1, 0, Optional.empty())),
        bad("passive.minPort", () -> new PassiveConfig(3000, 2000, Optional.empty())),
        bad("passive.minPort", () -> new PassiveConfig(0, 2000, Optional.empty())),
        bad("passive.minPort", () -> PassiveConfig.range(0, 10)),
        bad("limits.maxSessions", () -> Limits.defaults().withMaxSessions(0)),
        bad("limits.maxSessionsPerAddress", () -> Limits.defaults().withMaxSessionsPerAddress(0)),
        bad("limits.maxLineLength", () -> Limits.defaults().withMaxLineLength(10)),
        bad("limits.acceptBacklog", () -> Limits.defaults().withAcceptBacklog(0)),
        bad("timeouts.idle", () -> Timeouts.defaults().withIdle(zero)),
        bad("timeouts.dataConnection", () -> Timeouts.defaults().withDataConnection(negative)),
        bad("timeouts.stalledTransfer", () -> Timeouts.defaults().withStalledTransfer(zero)),
        bad("timeouts.shutdownGrace", () -> Timeouts.defaults().withShutdownGrace(negative)),
        bad("loginPolicy.failureDelay", () -> LoginPolicy.defaults().withFailureDelay(negative)),
        bad("loginPolicy.maxFailures", () -> LoginPolicy.defaults().withBan(0, zero, zero)),
        bad("loginPolicy.failureWindow",
            () -> LoginPolicy.defaults().withBan(3, zero, Duration.ofSeconds(1))),
        bad("listeners", () -> new ServerConfig(List.of(), Limits.defaults(),
            Timeouts.defaults(), ActiveConfig.strict(), LoginPolicy.defaults(), "hi")),
        bad("greeting", () -> new ServerConfig(List.of(ListenerConfig.loopback()),
            Limits.defaults(), Timeouts.defaults(), ActiveConfig.strict(), LoginPolicy.defaults(),
            " ")),
        bad("home.scheme", () -> HomeDirectory.of(" ", VfsConfig.empty())),
        bad("user.name", () -> new UserAccount("", HomeDirectory.of("memory",
            VfsConfig.empty()), Set.of())),
        bad("passwordHashIterations", () -> FtpServer.builder().passwordHashIterations(10)),
        bad("limits.maxSessions", () -> new UserLimits(-1, 0, 0)),
        bad("limits.uploadBytesPerSecond", () -> new UserLimits(0, -1, 0)),
        bad("limits.downloadBytesPerSecond", () -> new UserLimits(0, 0, -1)),
        bad("rateLimits.uploadBytesPerSecond", () -> new RateLimits(-1, 0)),
        bad("rateLimits.downloadBytesPerSecond", () -> new RateLimits(0, -1)));
  }

  private static Arguments bad(String field, Supplier<?> creation) {
    return Arguments.of(field, creation);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void theMessageNamesTheField(String field, Supplier<?> creation) {
    RuntimeException e = assertThrows(RuntimeException.class, creation::get);
    assertTrue(e instanceof IllegalArgumentException || e instanceof NullPointerException, e
        .toString());
    assertTrue(e.getMessage().startsWith(field), e.getMessage());
  }

  @Test
  void defaultsAreSafe() {
    ServerConfig config = ServerConfig.defaults();
    assertEquals(InetAddress.getLoopbackAddress(), config.listeners().get(0).bindAddress());
    assertEquals(new ActiveConfig(false, false), config.active());
    assertTrue(!config.listeners().get(0).passive().hasRange());
    assertTrue(!config.listeners().get(0).proxyProtocol());
    assertTrue(ListenerConfig.loopback().withProxyProtocol(true)
        .withPassive(PassiveConfig.range(30000, 30010)).proxyProtocol(), "withers keep it");
    // A burst of as many connects as sessions allowed fits in the kernel's queue.
    assertTrue(config.limits().acceptBacklog() >= config.limits().maxSessions());
    assertEquals(Limits.defaults(), new Limits(Limits.DEFAULT_MAX_SESSIONS,
        Limits.DEFAULT_MAX_SESSIONS_PER_ADDRESS, Limits.DEFAULT_MAX_LINE_LENGTH));
  }

  @Test
  void theBuilderRefusesADuplicateUser() {
    HomeDirectory home = HomeDirectory.of("memory", VfsConfig.empty());
    FtpServer.Builder builder = FtpServer.builder().passwordHashIterations(1_000)
        .user("bob", "a", home, Permission.all())
        .user("bob", "b", home, Permission.all());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().contains("bob"));
  }

  @Test
  void twoHandlersOfOneVerbFailTheBuild() {
    FtpServer.Builder builder = FtpServer.builder().module(new AbstractModule() {
      @Override
      protected void configure() {
        Multibinder.newSetBinder(binder(), CommandHandler.class).addBinding()
            .toInstance(new CommandHandler() {
              @Override
              public CommandSpec spec() {
                return CommandSpec.builder(Verb.PWD).build();
              }

              @Override
              public void handle(CommandContext context, Command command) {}
            });
      }
    });
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().contains("PWD"), e.getMessage());
  }

  @Test
  void aServerMustBeStartedBeforeItHasAPort() {
    try (FtpServer server = FtpServer.builder().build()) {
      assertThrows(IllegalStateException.class, server::port);
    }
  }

  @Test
  void aServerStartsOnce() throws Exception {
    try (FtpServer server = FtpServer.builder().build().start()) {
      assertTrue(server.port() > 0);
      assertEquals(1, server.addresses().size());
      assertThrows(IllegalStateException.class, server::start);
    }
  }
}
