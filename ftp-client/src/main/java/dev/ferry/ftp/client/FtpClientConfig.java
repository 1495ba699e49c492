package dev.ferry.ftp.client;

import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.TlsMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a session needs to know before it connects, fixed up front: where to connect, who to
 * log in as, how to open data connections, and how long to wait. Immutable and thread-safe; one
 * value can open any number of sessions.
 *
 * <pre>{@code
 * FtpClientConfig config = FtpClientConfig.builder("ftp.example.org")
 *     .credentials(Credentials.of("ferry", secret))
 *     .replyTimeout(Duration.ofSeconds(20))
 *     .build();
 * }</pre>
 *
 * <p>The defaults are the safe ones: port 21, anonymous login, passive mode (EPSV, then PASV),
 * binary transfers, UTF-8 names, a NOOP on the control connection every minute during long
 * transfers. FTPS (RFC 4217) is off until {@link Builder#tls(ClientTls)} turns it on.
 */
public final class FtpClientConfig {
  private final String host;
  private final int port;
  private final boolean portSet;
  private final ClientTls tls;
  private final Credentials credentials;
  private final DataConnectionMode dataConnectionMode;
  private final Duration connectTimeout;
  private final Duration replyTimeout;
  private final Duration dataTimeout;
  private final Duration idleTimeout;
  private final Duration keepAliveInterval;
  private final Charset controlCharset;
  private final ZoneId serverZone;
  private final Clock clock;

  private FtpClientConfig(Builder b) {
    this.host = b.host;
    this.portSet = b.port != 0;
    this.tls = b.tls;
    this.port = portSet ? b.port : defaultPort(b.tls);
    this.credentials = b.credentials;
    this.dataConnectionMode = b.dataConnectionMode;
    this.connectTimeout = b.connectTimeout;
    this.replyTimeout = b.replyTimeout;
    this.dataTimeout = b.dataTimeout;
    this.idleTimeout = b.idleTimeout;
    this.keepAliveInterval = b.keepAliveInterval;
    this.controlCharset = b.controlCharset;
    this.serverZone = b.serverZone;
    this.clock = b.clock;
  }

  /**
   * Starts a configuration for a server.
   *
   * @param host a host name, an IPv4 literal or an IPv6 literal (without brackets)
   * @return a builder with the defaults
   */
  public static Builder builder(String host) {
    return new Builder(host);
  }

  /**
   * Returns a builder that starts from this configuration.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(host);
    b.port = portSet ? port : 0;
    b.tls = tls;
    b.credentials = credentials;
    b.dataConnectionMode = dataConnectionMode;
    b.connectTimeout = connectTimeout;
    b.replyTimeout = replyTimeout;
    b.dataTimeout = dataTimeout;
    b.idleTimeout = idleTimeout;
    b.keepAliveInterval = keepAliveInterval;
    b.controlCharset = controlCharset;
    b.serverZone = serverZone;
    b.clock = clock;
    return b;
  }

  /**
   * Returns the server's host.
   *
   * @return a host name or an IP literal
   */
  public String host() {
    return host;
  }

  /**
   * Returns the server's control port.
   *
   * @return the port; by default 990 for {@linkplain TlsMode#IMPLICIT implicit} FTPS, else 21
   */
  public int port() {
    return port;
  }

  /**
   * Returns the FTPS settings: how TLS starts ({@link ClientTls#policy()}'s {@link
   * dev.ferry.ftp.tls.TlsPolicy#mode() mode}), what server certificates are trusted, and the
   * protocols and suites.
   *
   * @return the TLS settings; empty for plain FTP, the default
   */
  public Optional<ClientTls> tls() {
    return Optional.ofNullable(tls);
  }

  /** Whether TLS is on: a {@link ClientTls} whose policy's mode is not {@link TlsMode#OFF}. */
  boolean usesTls() {
    return tls != null && tls.policy().mode() != TlsMode.OFF;
  }

  private static int defaultPort(ClientTls tls) {
    return tls != null && tls.policy().mode() == TlsMode.IMPLICIT ? 990 : 21;
  }

  /**
   * Returns who to log in as.
   *
   * @return the credentials; anonymous by default
   */
  public Credentials credentials() {
    return credentials;
  }

  /**
   * Returns how data connections are opened.
   *
   * @return the mode; passive by default
   */
  public DataConnectionMode dataConnectionMode() {
    return dataConnectionMode;
  }

  /**
   * Returns how long to wait for a TCP connection, control or data, to be established (and, in
   * active mode, for the server to connect).
   *
   * @return the timeout; 10 seconds by default
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns how long to wait for a reply on the control connection.
   *
   * @return the timeout; 30 seconds by default
   */
  public Duration replyTimeout() {
    return replyTimeout;
  }

  /**
   * Returns how long a data connection may stay silent before the transfer fails.
   *
   * @return the timeout; 60 seconds by default
   */
  public Duration dataTimeout() {
    return dataTimeout;
  }

  /**
   * Returns how long a pooled session may stay unused before it is closed rather than reused.
   *
   * @return the timeout; 2 minutes by default
   */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /**
   * Returns how often a NOOP is sent on the control connection while a transfer runs, so that NAT
   * boxes and firewalls do not drop an idle control connection; zero for never.
   *
   * @return the interval; 60 seconds by default
   */
  public Duration keepAliveInterval() {
    return keepAliveInterval;
  }

  /**
   * Returns the charset of path names on the control connection when the server does not announce
   * UTF8 (RFC 2640); a server that does gets UTF-8.
   *
   * @return the charset; UTF-8 by default
   */
  public Charset controlCharset() {
    return controlCharset;
  }

  /**
   * Returns the time zone the server writes local times of LIST listings in (MLSD and MDTM are
   * always UTC).
   *
   * @return the zone; UTC by default
   */
  public ZoneId serverZone() {
    return serverZone;
  }

  /**
   * Returns the clock for progress rates, keep-alive and idle timing.
   *
   * @return the clock; the system clock by default
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "FtpClientConfig{"
        + host
        + ":"
        + port
        + ", "
        + credentials
        + ", "
        + dataConnectionMode
        + (usesTls() ? ", FTPS " + tls.policy().mode() : "")
        + "}";
  }

  /** Builds an {@link FtpClientConfig}. Every setting has a default but the host. */
  public static final class Builder {
    private final String host;
    /** 0 until set: the default then depends on the TLS mode. */
    private int port;
    private ClientTls tls;
    private Credentials credentials = Credentials.anonymous();
    private DataConnectionMode dataConnectionMode = DataConnectionMode.passive();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration replyTimeout = Duration.ofSeconds(30);
    private Duration dataTimeout = Duration.ofSeconds(60);
    private Duration idleTimeout = Duration.ofMinutes(2);
    private Duration keepAliveInterval = Duration.ofSeconds(60);
    private Charset controlCharset = StandardCharsets.UTF_8;
    private ZoneId serverZone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();

    private Builder(String host) {
      Objects.requireNonNull(host, "host");
      if (host.isBlank()) {
        throw new IllegalArgumentException("host is blank");
      }
      this.host = host;
    }

    /**
     * Sets the control port; default 21, or 990 for implicit FTPS.
     *
     * @param port 1 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port must be 1 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Turns on FTPS (RFC 4217), or off with {@code null}. The policy's {@linkplain
     * dev.ferry.ftp.tls.TlsPolicy#mode() mode} says how TLS starts:
     *
     * <ul>
     *   <li>{@link TlsMode#EXPLICIT}: {@code AUTH TLS} right after the greeting, before the login;
     *       a refusal fails the connection unless the policy does not {@linkplain
     *       dev.ferry.ftp.tls.TlsPolicy#controlRequired() require} TLS on the control connection,
     *       in which case the session goes on in clear text;
     *   <li>{@link TlsMode#IMPLICIT}: TLS from the first byte, on port 990 unless {@link #port(int)}
     *       says otherwise;
     *   <li>{@link TlsMode#OFF}: clear text, as without TLS settings.
     * </ul>
     *
     * <p>After the login the session sends {@code PBSZ 0} and {@code PROT P}, so data connections
     * are protected too and resume the control connection's TLS session; a policy that does not
     * {@linkplain dev.ferry.ftp.tls.TlsPolicy#dataRequired() require} protected data asks for clear
     * data connections ({@code PROT C}) instead, for speed where only the login needs hiding.
     *
     * <pre>{@code
     * ClientTls tls = ClientTls.create(TrustSource.system(), TlsPolicy.DEFAULT);
     * FtpClientConfig config = FtpClientConfig.builder("ftp.example.org").tls(tls).build();
     * }</pre>
     *
     * @param tls the trust, policy and protocols; {@code null} for plain FTP
     * @return this builder
     */
    public Builder tls(ClientTls tls) {
      this.tls = tls;
      return this;
    }

    /**
     * Sets who to log in as; default {@link Credentials#anonymous()}.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Sets how data connections are opened; default {@link DataConnectionMode#passive()}.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder dataConnectionMode(DataConnectionMode mode) {
      this.dataConnectionMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the connect timeout; default 10 seconds.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the reply timeout; default 30 seconds.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder replyTimeout(Duration timeout) {
      this.replyTimeout = positive(timeout, "replyTimeout");
      return this;
    }

    /**
     * Sets the data timeout; default 60 seconds.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder dataTimeout(Duration timeout) {
      this.dataTimeout = positive(timeout, "dataTimeout");
      return this;
    }

    /**
     * Sets the idle timeout of pooled sessions; default 2 minutes.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
      return this;
    }

    /**
     * Sets the keep-alive interval during transfers; default 60 seconds, zero for none.
     *
     * @param interval zero or positive
     * @return this builder
     */
    public Builder keepAliveInterval(Duration interval) {
      Objects.requireNonNull(interval, "keepAliveInterval");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("keepAliveInterval is negative: " + interval);
      }
      this.keepAliveInterval = interval;
      return this;
    }

    /**
     * Sets the charset of path names for servers that do not announce UTF8; default UTF-8.
     *
     * @param charset a charset that encodes ASCII as ASCII
     * @return this builder
     */
    public Builder controlCharset(Charset charset) {
      this.controlCharset = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /**
     * Sets the zone of the local times in the server's LIST output; default UTC.
     *
     * @param zone the server's zone
     * @return this builder
     */
    public Builder serverZone(ZoneId zone) {
      this.serverZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the clock; default the system clock. Tests pass a fake one.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return an immutable configuration
     */
    public FtpClientConfig build() {
      return new FtpClientConfig(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
