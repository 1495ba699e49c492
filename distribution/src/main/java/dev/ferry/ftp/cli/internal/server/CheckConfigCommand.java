package dev.ferry.ftp.cli.internal.server;

import dev.ferry.ftp.cli.internal.config.ConfigException;
import dev.ferry.ftp.cli.internal.config.FerryConfig;
import dev.ferry.ftp.cli.internal.config.ListenerSpec;
import dev.ferry.ftp.server.auth.UsersFile;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.TlsConfigurationException;
import dev.ferry.ftp.tls.TlsMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ferry check-config}: reads the configuration, the users file and the configured
 * certificate as {@code ferry server} would, without binding a port or writing a file.
 */
@Command(name = "check-config", mixinStandardHelpOptions = true,
    description = "Checks the server configuration, its users file and certificate, without"
        + " starting anything.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the configuration is valid",
        "1:it is not; the message names the file, line and key",
        "2:bad command-line arguments"})
public final class CheckConfigCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;
  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  /** Creates the command for this process's environment. */
  public CheckConfigCommand() {
    this(System.getenv());
  }

  CheckConfigCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      FerryConfig loaded = config.load(environment);
      UsersFile users = UsersFile.load(loaded.usersFile());
      String certificate = checkCertificate(loaded);
      out.println(loaded.file() + ": OK");
      for (ListenerSpec listener : loaded.listeners()) {
        out.println("  listener " + listener.bind().getHostAddress() + ":" + listener.port()
            + (listener.tls() == TlsMode.OFF ? " (plain FTP)"
                : " (" + listener.tls().name().toLowerCase(Locale.ROOT) + " TLS)"));
      }
      out.println("  users: " + users.userNames().size() + " in " + loaded.usersFile());
      if (!certificate.isEmpty()) {
        out.println("  certificate: " + certificate);
      }
      out.flush();
      return ExitCodes.OK;
    } catch (ConfigException | IOException e) {
      spec.commandLine().getErr().println("ferry: " + e.getMessage());
      return ExitCodes.INVALID_CONFIG;
    }
  }

  private static String checkCertificate(FerryConfig loaded) throws ConfigException {
    if (!loaded.usesTls()) {
      return "";
    }
    if (loaded.tls().certificate().isEmpty()) {
      return "self-signed for " + loaded.tls().selfSignedHosts() + ", kept in "
          + loaded.tls().selfSignedDirectory();
    }
    try {
      KeyMaterial keys = loaded.tls().loadKeys();
      String problem = keys.validityProblem(Instant.now()).orElse("");
      if (!problem.isEmpty()) {
        throw new ConfigException(loaded.tls().certificate().get().toString(), "tls.certificate",
            "the certificate " + problem);
      }
      return keys.toString();
    } catch (TlsConfigurationException e) {
      throw new ConfigException(loaded.file().toString(), "tls", e.getMessage(), e);
    }
  }
}
