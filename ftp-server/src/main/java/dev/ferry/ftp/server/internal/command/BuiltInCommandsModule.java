package dev.ferry.ftp.server.internal.command;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
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
      RetrHandler.class, StorHandler.class, StouHandler.class, AppeHandler.class,
      AlloHandler.class, RestHandler.class, RnfrHandler.class, RntoHandler.class,
      AborHandler.class, DeleHandler.class, RmdHandler.class, MkdHandler.class,
      PwdHandler.class, ListHandler.class, NlstHandler.class, SiteHandler.class,
      SystHandler.class, StatHandler.class, HelpHandler.class, NoopHandler.class,
      // Extensions: RFC 2389, RFC 2640, RFC 3659, RFC 7151, drafts and de facto commands.
      FeatHandler.class, OptsHandler.class, LangHandler.class, SizeHandler.class,
      MdtmHandler.class, MlstHandler.class, MlsdHandler.class, HostHandler.class,
      MfmtHandler.class, MfctHandler.class, MffHandler.class, AvblHandler.class,
      HashHandler.class, RangHandler.class, XChecksumHandler.class, ClntHandler.class,
      CsidHandler.class,
      // Security, RFC 2228 and RFC 4217.
      AuthHandler.class, PbszHandler.class, ProtHandler.class, CccHandler.class);

  /** Creates the module. */
  public BuiltInCommandsModule() {}

  @Override
  protected void configure() {
    Multibinder<CommandHandler> handlers = Multibinder.newSetBinder(binder(), CommandHandler.class);
    HANDLERS.forEach(handler -> handlers.addBinding().to(handler));
    Multibinder<CommandOption> options = Multibinder.newSetBinder(binder(), CommandOption.class);
    options.addBinding().to(Utf8Option.class);
    options.addBinding().to(MlstOption.class);
    options.addBinding().to(HashOption.class);
    Multibinder<SiteCommand> site = Multibinder.newSetBinder(binder(), SiteCommand.class);
    site.addBinding().to(SiteChmod.class);
    site.addBinding().to(SiteUtime.class);
    OptionalBinder.newOptionalBinder(binder(), CommandSettings.class)
        .setDefault().toInstance(CommandSettings.DEFAULTS);
  }
}
