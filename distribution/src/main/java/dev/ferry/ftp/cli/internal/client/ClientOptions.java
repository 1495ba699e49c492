package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.Credentials;
import dev.ferry.ftp.client.DataConnectionMode;
import dev.ferry.ftp.client.FtpClientConfig;
import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.tls.TrustSource;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every client command takes: data connections, timeouts, TLS trust, output. */
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
      names = "--insecure",
      description = "FTPS: trust any server certificate. Anyone on the path can then read and change"
              + " the connection; for tests only.")
  boolean insecure;

  @Option(
      names = "--trust-fingerprint",
      paramLabel = "SHA256",
      description = "FTPS: trust exactly the certificate with this SHA-256 fingerprint (64 hex"
              + " digits, colons allowed), such as a self-signed server's.")
  String fingerprint;

  @Option(
      names = "--ca-file",
      paramLabel = "PEM",
      description = "FTPS: trust the certificate authorities in this PEM file, not the system's.")
  Path caFile;

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
    if (url.scheme() != FtpUrl.Scheme.FTP) {
      TlsMode mode = url.scheme() == FtpUrl.Scheme.FTPS ? TlsMode.IMPLICIT : TlsMode.EXPLICIT;
      builder.tls(ClientTls.create(trust(), TlsPolicy.DEFAULT.toBuilder().mode(mode).build()));
    }
    return builder.build();
  }

  /**
   * Returns whose certificates an FTPS connection trusts: the system's unless an option says
   * otherwise.
   *
   * @throws IllegalArgumentException if more than one trust option is given
   * @throws dev.ferry.ftp.tls.TlsConfigurationException if the fingerprint or the file is bad
   */
  private TrustSource trust() {
    int given = (insecure ? 1 : 0) + (fingerprint != null ? 1 : 0) + (caFile != null ? 1 : 0);
    if (given > 1) {
      throw new IllegalArgumentException(
          "choose one of --insecure, --trust-fingerprint and --ca-file");
    }
    if (insecure) {
      return TrustSource.insecureTrustAll();
    }
    if (fingerprint != null) {
      return TrustSource.pinnedFingerprint(fingerprint);
    }
    return caFile != null ? TrustSource.fromPem(caFile) : TrustSource.system();
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
