package dev.ferry.ftp.cli.internal.server;

import dev.ferry.ftp.cli.internal.config.ConfigException;
import dev.ferry.ftp.cli.internal.config.ConfigLoader;
import dev.ferry.ftp.cli.internal.config.FerryConfig;
import dev.ferry.ftp.cli.internal.config.Installation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that choose and override a configuration file, shared by its commands. */
final class ConfigOptions {
  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "The configuration file (default: conf/ferry.yaml of the installation).")
  Path file;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Overrides a key of the file, e.g. --set listeners.0.port=2121 or"
          + " --set limits.max-sessions=100; lists comma-separated. Repeatable.")
  List<String> overrides = new ArrayList<>();

  /** Returns the file to read: the option, else the installation's, else ./conf/ferry.yaml. */
  Path file() {
    return file != null ? file : Installation.conf("ferry.yaml");
  }

  FerryConfig load(Map<String, String> environment) throws ConfigException {
    return ConfigLoader.load(file(), environment, overrides);
  }
}
