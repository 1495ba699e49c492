package dev.ferry.ftp.cli.internal.server;

import dev.ferry.ftp.cli.internal.config.ConfigException;
import dev.ferry.ftp.cli.internal.config.FerryConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ferry server}: the production server, configured by {@code conf/ferry.yaml}. */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = {"Runs the FTP/FTPS server configured in a file, in the foreground.",
        "SIGHUP reloads the users file and the certificate; SIGTERM stops gracefully."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped", "1:the configuration is invalid",
        "2:bad command-line arguments", "3:the server could not start (a port in use, say)",
        "143:stopped by SIGTERM"})
public final class ServerCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServerCommand.class);

  @Mixin ConfigOptions config;
  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  /** Creates the command for this process's environment. */
  public ServerCommand() {
    this(System.getenv());
  }

  ServerCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    RunningServer running;
    try {
      running = start();
    } catch (ConfigException e) {
      spec.commandLine().getErr().println("ferry: " + e.getMessage());
      return ExitCodes.INVALID_CONFIG;
    } catch (IOException e) {
      spec.commandLine().getErr().println("ferry: cannot start: " + e.getMessage());
      return ExitCodes.CANNOT_START;
    }
    Foreground.run(running);
    return ExitCodes.OK;
  }

  /** Loads the configuration and starts the server; the caller owns the result. */
  RunningServer start() throws ConfigException, IOException {
    FerryConfig loaded = config.load(environment);
    RunningServer running = ServerAssembly.assemble(loaded);
    try {
      running.server().start();
    } catch (IOException | RuntimeException e) {
      running.close();
      throw e;
    }
    for (InetSocketAddress address : running.server().addresses()) {
      log.info("Listening on {}", address);
    }
    log.info("Ferry started from {} with {} users", loaded.file(),
        running.usersFile().map(u -> u.userNames().size()).orElse(0));
    return running;
  }
}
