package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.Credentials;
import dev.ferry.ftp.client.DataConnectionMode;
import dev.ferry.ftp.client.FtpClientConfig;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every client command takes: data connections, timeouts, output. */
final class ClientOptions {
  /** How transfers are shown; {@code AUTO} picks a bar on a terminal and lines elsewhere. */
  enum Progress {
    AUTO,
    BAR,
    LINES,
    NONE
  }

  @Option(
      names = "--passive",
      description = "Passive data connections: EPSV, then PASV (the default).")
  boolean passive;

  @Option(
      names = "--active",
      description = "Active data connections: EPRT, then PORT; the server connects to this host.")
  boolean active;

  @Option(
      names = "--connect-timeout",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Time allowed to connect (default 10s). Examples: 5, 5s, 500ms, 1m.")
  Duration connectTimeout;

  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Time allowed for each reply of the server (default 30s).")
  Duration replyTimeout;

  @Option(
      names = "--data-timeout",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Time a data connection may stay silent (default 60s).")
  Duration dataTimeout;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show the FTP commands and replies on standard error (passwords masked).")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description = "Show no progress and no summary; errors are still shown.")
  boolean quiet;

  @Option(
      names = "--progress",
      paramLabel = "STYLE",
      description =
          "How to show transfers on standard error: ${COMPLETION-CANDIDATES} (default: auto, a bar"
              + " on a terminal, a line per file otherwise).")
  Progress progress = Progress.AUTO;

  /**
   * Returns the client configuration for a URL.
   *
   * @param url the server
   * @param credentials who logs in
   * @return the configuration
   * @throws IllegalArgumentException if both {@code --active} and {@code --passive} are given
   */
  FtpClientConfig config(FtpUrl url, Credentials credentials) {
    if (active && passive) {
      throw new IllegalArgumentException("--active and --passive exclude each other");
    }
    FtpClientConfig.Builder builder =
        FtpClientConfig.builder(url.host())
            .port(url.port())
            .credentials(credentials)
            .dataConnectionMode(active ? DataConnectionMode.active() : DataConnectionMode.passive());
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    if (replyTimeout != null) {
      builder.replyTimeout(replyTimeout);
    }
    if (dataTimeout != null) {
      builder.dataTimeout(dataTimeout);
    }
    return builder.build();
  }

  /**
   * Returns how to show progress, from {@code --quiet}, {@code --progress} and the terminal.
   *
   * @return the style
   */
  ProgressReporter.Style progressStyle() {
    if (quiet) {
      return ProgressReporter.Style.NONE;
    }
    return switch (progress) {
      case BAR -> ProgressReporter.Style.BAR;
      case LINES -> ProgressReporter.Style.LINES;
      case NONE -> ProgressReporter.Style.NONE;
      case AUTO -> Terminal.isInteractive() ? ProgressReporter.Style.BAR : ProgressReporter.Style.LINES;
    };
  }
}
