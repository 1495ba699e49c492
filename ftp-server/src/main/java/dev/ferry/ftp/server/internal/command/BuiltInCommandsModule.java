package dev.ferry.ftp.server.internal.command;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.ferry.ftp.server.command.CommandHandler;
import dev.ferry.ftp.server.command.SiteCommand;
import java.util.List;

/**
 * Binds the built-in commands into the {@link CommandHandler} multibinding, the one place where
 * the server's command set is assembled. Adding a command is a handler class and one line here.
 */
public final class BuiltInCommandsModule extends AbstractModule {
  private static final List<Class<? extends CommandHandler>> HANDLERS = List.of(
      // Access control, RFC 959 §4.1.1.
      UserHandler.class, PassHandler.class, AcctHandler.class, CwdHandler.class,
      CdupHandler.class, ReinHandler.class, QuitHandler.class,
      // Transfer parameters, RFC 959 §4.1.2 and RFC 2428.
      PortHandler.class, PasvHandler.class, EprtHandler.class, EpsvHandler.class,
      TypeHandler.class, StruHandler.class, ModeHandler.class,
      // Service commands, RFC 959 §4.1.3, RFC 3659 §5.
      RetrHandler.class, StorHandler.class, RestHandler.class, AborHandler.class,
      PwdHandler.class, ListHandler.class, NlstHandler.class, SiteHandler.class,
      SystHandler.class, StatHandler.class, HelpHandler.class, NoopHandler.class,
      // Extensions, RFC 2389.
      FeatHandler.class, OptsHandler.class,
      // Security, RFC 2228 and RFC 4217.
      AuthHandler.class, PbszHandler.class, ProtHandler.class, CccHandler.class);

  /** Creates the module. */
  public BuiltInCommandsModule() {}

  @Override
  protected void configure() {
    Multibinder<CommandHandler> handlers = Multibinder.newSetBinder(binder(), CommandHandler.class);
    HANDLERS.forEach(handler -> handlers.addBinding().to(handler));
    Multibinder.newSetBinder(binder(), CommandOption.class).addBinding().to(Utf8Option.class);
    Multibinder.newSetBinder(binder(), SiteCommand.class);
  }
}
