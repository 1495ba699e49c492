package dev.ferry.ftp.server.internal.command;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings of the built-in commands, bound with a default in {@link BuiltInCommandsModule} and
 * replaceable through its {@code OptionalBinder}.
 *
 * @param asciiSizeLimit the largest file whose TYPE A size SIZE computes by reading it
 *     (RFC 3659 §4); bigger files get an honest {@code 550}
 * @param hostNames the names HOST accepts (RFC 7151 §3), in lower case; the server's own address
 *     and, on loopback, {@code localhost} are always accepted
 * @param serverName the name CSID reports
 * @param serverVersion the version CSID reports
 */
public record CommandSettings(long asciiSizeLimit, Set<String> hostNames, String serverName,
    String serverVersion) {
  /** The defaults: TYPE A sizes up to 64 MiB, no virtual host names. */
  public static final CommandSettings DEFAULTS = new CommandSettings(64L << 20, Set.of(), "Ferry",
      version());

  /**
   * Checks and copies the settings.
   *
   * @throws IllegalArgumentException if the limit is negative
   */
  public CommandSettings {
    if (asciiSizeLimit < 0) {
      throw new IllegalArgumentException("asciiSizeLimit must not be negative: " + asciiSizeLimit);
    }
    hostNames = hostNames.stream().map(name -> name.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    Objects.requireNonNull(serverName, "serverName");
    Objects.requireNonNull(serverVersion, "serverVersion");
  }

  private static String version() {
    String version = CommandSettings.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
