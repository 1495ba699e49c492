package dev.ferry.ftp.client.nio;

import dev.ferry.ftp.client.Credentials;
import dev.ferry.ftp.client.FtpClientConfig;
import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.tls.TrustSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * The URI schemes the providers serve, named as the {@code ferry} command line names them: {@code
 * ftps} is implicit TLS (as curl has it), {@code ftpes} explicit TLS with {@code AUTH TLS} (as
 * FileZilla has it). The scheme alone decides how TLS starts; everything else about a file system
 * comes from the URI and the environment map.
 */
enum FtpScheme {
  FTP("ftp", TlsMode.OFF, 21),
  FTPES("ftpes", TlsMode.EXPLICIT, 21),
  FTPS("ftps", TlsMode.IMPLICIT, 990);

  private final String name;
  private final TlsMode mode;
  private final int defaultPort;

  FtpScheme(String name, TlsMode mode, int defaultPort) {
    this.name = name;
    this.mode = mode;
    this.defaultPort = defaultPort;
  }

  /** The scheme as it appears in URIs. */
  String scheme() {
    return name;
  }

  /** Identifies a file system among this scheme's: user, host and port. */
  String key(URI uri) {
    check(uri);
    String user = uri.getUserInfo() == null ? "anonymous" : uri.getUserInfo().split(":", 2)[0];
    return name + "://" + user + "@" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
  }

  /**
   * The client configuration for a URI: the environment's {@code "config"} (or the defaults) with
   * the URI's host, port and user, the environment's {@code "password"} and {@code "account"},
   * and TLS as the scheme says, with the trust of the environment's {@code "tls"} (else the
   * config's, else the JDK's trust store with host names checked).
   *
   * @throws IllegalArgumentException if the URI is not this scheme's, or the TLS given is in
   *     another mode than the scheme's
   */
  FtpClientConfig config(URI uri, Map<String, ?> env) {
    check(uri);
    FtpClientConfig base =
        env.get("config") instanceof FtpClientConfig given
            ? given
            : FtpClientConfig.builder(uri.getHost()).build();
    FtpClientConfig.Builder builder =
        FtpClientConfig.builder(uri.getHost())
            .port(port(uri))
            .tls(tls(env, base))
            .credentials(base.credentials())
            .dataConnectionMode(base.dataConnectionMode())
            .connectTimeout(base.connectTimeout())
            .replyTimeout(base.replyTimeout())
            .dataTimeout(base.dataTimeout())
            .idleTimeout(base.idleTimeout())
            .keepAliveInterval(base.keepAliveInterval())
            .controlCharset(base.controlCharset())
            .serverZone(base.serverZone())
            .clock(base.clock());
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      String[] parts = userInfo.split(":", 2);
      String password =
          env.get("password") instanceof String p ? p : parts.length > 1 ? parts[1] : "";
      Credentials credentials = Credentials.of(parts[0], password);
      if (env.get("account") instanceof String account) {
        credentials = credentials.withAccount(account);
      }
      builder.credentials(credentials);
    }
    return builder.build();
  }

  /** The root of a file system: this scheme, the user, host and port, without the password. */
  URI root(FtpClientConfig config) {
    try {
      return new URI(name, config.credentials().user(), config.host(), config.port(), "/", null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private ClientTls tls(Map<String, ?> env, FtpClientConfig base) {
    Object given = env.containsKey("tls") ? env.get("tls") : base.tls().orElse(null);
    if (given != null && !(given instanceof ClientTls)) {
      throw new IllegalArgumentException("env \"tls\" must be a ClientTls, not " + given.getClass());
    }
    ClientTls tls = (ClientTls) given;
    TlsMode givenMode = tls == null ? TlsMode.OFF : tls.policy().mode();
    if (tls == null && mode != TlsMode.OFF) {
      return ClientTls.create(TrustSource.system(), TlsPolicy.DEFAULT.toBuilder().mode(mode).build());
    }
    // Quietly following the scheme would connect in a way the settings did not ask for.
    if (givenMode != mode) {
      throw new IllegalArgumentException(
          name + ":// means TLS mode " + mode + " but the TLS settings say " + givenMode
              + ": use " + of(givenMode).name + "://, or a policy in mode " + mode);
    }
    return mode == TlsMode.OFF ? null : tls;
  }

  private static FtpScheme of(TlsMode mode) {
    return switch (mode) {
      case OFF -> FTP;
      case EXPLICIT -> FTPES;
      case IMPLICIT -> FTPS;
    };
  }

  private int port(URI uri) {
    return uri.getPort() < 0 ? defaultPort : uri.getPort();
  }

  private void check(URI uri) {
    if (!name.equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException("not a " + name + ": URI: " + uri);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("no host in " + uri);
    }
  }
}
