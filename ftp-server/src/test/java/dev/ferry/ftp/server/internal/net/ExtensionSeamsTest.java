package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandHandler;
import dev.ferry.ftp.server.command.CommandInterceptor;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.command.SiteCommand;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.event.FtpEventListener;
import dev.ferry.ftp.server.internal.session.SessionContext;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extension points an embedder uses, bound through Guice multibindings: a command handler
 * (with the dispatcher clearing its pending actions), a SITE command, interceptors (with the
 * proceed-exactly-once contract) and an event listener.
 */
class ExtensionSeamsTest {
  private static final Verb MARK = Verb.of("XMRK");
  private static final Verb USE = Verb.of("XUSE");
  private static final Verb SKIP = Verb.of("XSKP");
  private static final Verb TWICE = Verb.of("XTWC");
  private static final Verb DENY = Verb.of("XDNY");
  private static final Verb SILENT = Verb.of("XSIL");
  private static final List<FtpEvent> EVENTS = new CopyOnWriteArrayList<>();

  private static SessionDriver.Factory server;

  /** Sets RNFR's pending action, as RNFR will. */
  static final class MarkHandler implements CommandHandler {
    @Override
    public CommandSpec spec() {
      return CommandSpec.builder(MARK).argument(ArgumentPolicy.REQUIRED).help("XMRK path")
          .build();
    }

    @Override
    public void handle(CommandContext context, Command command) {
      ((SessionContext) context).session().pending()
          .setRenameFrom(context.resolve(command.argument()));
      context.reply(Reply.of(ReplyCode.FILE_ACTION_PENDING_350, "Marked."));
    }
  }

  /** Consumes it, as RNTO will; declared, not hand-checked. */
  static final class UseHandler implements CommandHandler {
    @Override
    public CommandSpec spec() {
      return CommandSpec.builder(USE).requiresPending(PendingAction.RENAME_FROM)
          .permission(Permission.RENAME).feature(Feature.of("XUSE")).build();
    }

    @Override
    public void handle(CommandContext context, Command command) {
      String from = ((SessionContext) context).session().pending().renameFrom().orElseThrow()
          .toString();
      context.reply(Reply.of(ReplyCode.FILE_ACTION_OK_250, "Used " + from + "."));
    }
  }

  /** Forgets to reply: a bug the dispatcher reports as 451. */
  static final class SilentHandler implements CommandHandler {
    @Override
    public CommandSpec spec() {
      return CommandSpec.builder(SILENT).build();
    }

    @Override
    public void handle(CommandContext context, Command command) {}
  }

  static final class WhoSite implements SiteCommand {
    @Override
    public String name() {
      return "WHO";
    }

    @Override
    public String help() {
      return "WHO: who am I";
    }

    @Override
    public void handle(CommandContext context, String argument) {
      context.require(Permission.READ);
      context.reply(Reply.of(ReplyCode.COMMAND_OK_200,
          context.account().orElseThrow().name() + " " + argument));
    }
  }

  /** Breaks the contract by not proceeding for XSKP, proceeding twice for XTWC. */
  static final class BrokenInterceptor implements CommandInterceptor {
    @Override
    public void intercept(Chain chain) throws IOException {
      if (chain.command().verb().equals(SKIP)) {
        return;
      }
      if (chain.command().verb().equals(DENY)) {
        throw CommandFailedException.permissionDenied("Denied by policy.");
      }
      chain.proceed();
      if (chain.command().verb().equals(TWICE)) {
        chain.proceed();
      }
    }
  }

  @BeforeAll
  static void start() {
    server = new SessionDriver.Factory(new AbstractModule() {
      @Override
      protected void configure() {
        Multibinder<CommandHandler> handlers =
            Multibinder.newSetBinder(binder(), CommandHandler.class);
        handlers.addBinding().to(MarkHandler.class);
        handlers.addBinding().to(UseHandler.class);
        handlers.addBinding().to(SilentHandler.class);
        Multibinder.newSetBinder(binder(), SiteCommand.class).addBinding().to(WhoSite.class);
        Multibinder.newSetBinder(binder(), CommandInterceptor.class).addBinding()
            .to(BrokenInterceptor.class);
        Multibinder.newSetBinder(binder(), FtpEventListener.class).addBinding()
            .toInstance(EVENTS::add);
      }
    });
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void aPendingActionSurvivesOnlyUntilTheNextCommand() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(503, driver.code("XUSE"));
      assertEquals(350, driver.code("XMRK a"));
      assertEquals("250 Used /a.", driver.send("XUSE").toString());
      // Consumed: a second use is out of sequence.
      assertEquals(503, driver.code("XUSE"));
      // Any other command in between clears it, even one that fails.
      assertEquals(350, driver.code("XMRK b"));
      assertEquals(502, driver.code("BOGUS"));
      assertEquals(503, driver.code("XUSE"));
      assertEquals(350, driver.code("XMRK c"));
      assertEquals(257, driver.code("PWD"));
      assertEquals(503, driver.code("XUSE"));
    }
  }

  @Test
  void aRestOffsetSurvivesDataSetupCommandsOnly() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(350, driver.code("REST 10"));
      assertEquals(200, driver.code("TYPE I"));
      assertEquals(200, driver.code("NOOP"));
      assertEquals(229, driver.code("EPSV"));
      assertEquals(10, driver.session().pending().restartOffset());
      assertEquals(257, driver.code("PWD"));
      assertTrue(!driver.session().pending().isSet(PendingAction.RESTART_OFFSET));
      assertEquals(225, driver.code("ABOR"));
    }
  }

  @Test
  void declaredPermissionsAreEnforced() throws IOException {
    try (SessionDriver driver = server.open()) {
      assertEquals(331, driver.code("USER reader"));
      assertEquals(230, driver.code("PASS read"));
      assertEquals(350, driver.code("XMRK a"));
      assertEquals(550, driver.code("XUSE"));
    }
  }

  @Test
  void featIncludesAnEmbeddersFeature() throws IOException {
    try (SessionDriver driver = server.open()) {
      assertTrue(driver.send("FEAT").lines().contains(" XUSE"));
    }
  }

  @Test
  void siteCommandsAreFoundAndListed() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals("200 alice now", driver.send("SITE who now").toString());
      assertTrue(driver.send("SITE HELP").text().contains("WHO: who am I"));
    }
  }

  @Test
  void interceptorContractBreachesAreReportedNotObeyed() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(451, driver.code("XSKP"));
      // The second proceed() is refused and logged; the client sees the one real answer.
      assertEquals(502, driver.code("XTWC"));
      assertEquals(550, driver.code("XDNY"));
      assertEquals(451, driver.code("XSIL"));
      assertEquals(200, driver.code("NOOP"));
    }
  }

  @Test
  void eventsTellWhatHappened() throws Exception {
    EVENTS.clear();
    SessionDriver driver = server.open();
    driver.login();
    assertEquals(221, driver.code("QUIT"));
    driver.awaitEnd();
    driver.close();
    List<Class<?>> kinds = EVENTS.stream().<Class<?>>map(Object::getClass).toList();
    assertEquals(List.of(FtpEvent.Connected.class, FtpEvent.CommandExecuted.class,
        FtpEvent.LoggedIn.class, FtpEvent.CommandExecuted.class, FtpEvent.CommandExecuted.class,
        FtpEvent.Disconnected.class), kinds);
    FtpEvent.CommandExecuted pass = (FtpEvent.CommandExecuted) EVENTS.get(3);
    assertEquals("PASS ****", pass.command());
    assertEquals(230, pass.replyCode());
    assertEquals("alice", pass.user());
  }
}
