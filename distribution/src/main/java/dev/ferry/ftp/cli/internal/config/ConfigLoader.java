package dev.ferry.ftp.cli.internal.config;

import dev.ferry.ftp.server.ActiveConfig;
import dev.ferry.ftp.server.Limits;
import dev.ferry.ftp.server.LoginPolicy;
import dev.ferry.ftp.server.PassiveConfig;
import dev.ferry.ftp.server.RateLimits;
import dev.ferry.ftp.server.ServerConfig;
import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.tls.SessionReuse;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.vfs.InvalidVirtualPathException;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VirtualPath;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@code ferry.yaml} with its overrides into a {@link FerryConfig}. Every key, its default
 * and its meaning are listed in {@code docs/configuration.md}; relative paths are resolved against
 * the configuration file's folder.
 */
public final class ConfigLoader {
  private static final Map<String, TlsMode> TLS_MODES = ordered(
      "off", TlsMode.OFF, "explicit", TlsMode.EXPLICIT, "implicit", TlsMode.IMPLICIT);
  private static final Map<String, TlsPolicy> POLICIES = ordered(
      "modern", TlsPolicy.MODERN, "intermediate", TlsPolicy.INTERMEDIATE,
      "compatible", TlsPolicy.COMPATIBLE);
  private static final Map<String, SessionReuse> REUSE = ordered(
      "off", SessionReuse.OFF, "warn", SessionReuse.WARN, "require", SessionReuse.REQUIRE);

  private final Path file;
  private final Path base;
  private final SettingsReader settings;

  private ConfigLoader(Path file, SettingsReader settings) {
    this.file = file;
    this.base = file.toAbsolutePath().getParent();
    this.settings = settings;
  }

  /**
   * Reads and checks a configuration.
   *
   * @param file the YAML file
   * @param environment the process environment; {@code FERRY_…} variables override keys
   * @param overrides {@code key=value} pairs from {@code --set}, overriding everything
   * @return the configuration
   * @throws ConfigException naming the origin, key and problem of the first bad value
   */
  public static FerryConfig load(Path file, Map<String, String> environment,
      List<String> overrides) throws ConfigException {
    Map<String, Setting> options = new LinkedHashMap<>();
    for (String override : overrides) {
      int equals = override.indexOf('=');
      if (equals <= 0) {
        throw new ConfigException("option --set", "", "expected KEY=VALUE, not \"" + override
            + "\"");
      }
      String key = override.substring(0, equals).strip();
      options.put(key, Setting.scalar(key, override.substring(equals + 1), "option --set " + key));
    }
    SettingsReader reader = new SettingsReader(YamlSettings.read(file), environment, options);
    FerryConfig config = new ConfigLoader(file, reader).read();
    reader.finish();
    return config;
  }

  private FerryConfig read() throws ConfigException {
    String greeting = settings.string("greeting", ServerConfig.DEFAULT_GREETING);
    if (greeting.isBlank()) {
      throw settings.error(settings.get("greeting").orElseThrow(), "must not be blank");
    }
    return new FerryConfig(file, greeting, listeners(), passive(), tls(),
        path("users.file").orElse(base.resolve("users.yaml")), anonymous(), limits(), rates(),
        timeouts(), login(), active());
  }

  private List<ListenerSpec> listeners() throws ConfigException {
    List<ListenerSpec> listeners = new ArrayList<>();
    for (int i : settings.indices("listeners")) {
      String key = "listeners." + i;
      InetAddress bind = address(key + ".bind").orElse(wildcard());
      if (settings.get(key + ".port").isEmpty()) {
        throw new ConfigException(file.toString(), key + ".port", "missing");
      }
      int port = settings.integer(key + ".port", 0, 65535, 0);
      TlsMode tls = settings.choice(key + ".tls", TLS_MODES, TlsMode.EXPLICIT);
      listeners.add(new ListenerSpec(bind, port, tls));
    }
    if (listeners.isEmpty()) {
      throw new ConfigException(file.toString(), "listeners",
          "missing; at least one listener is needed");
    }
    return listeners;
  }

  private PassiveConfig passive() throws ConfigException {
    PassiveConfig passive = parsed("passive.ports", Values::portRange)
        .orElse(PassiveConfig.anyPort());
    Optional<InetAddress> advertised = parsed("passive.address", Values::advertisedAddress);
    return advertised.map(passive::advertising).orElse(passive);
  }

  private TlsSettings tls() throws ConfigException {
    Optional<Path> certificate = path("tls.certificate");
    Optional<Path> key = path("tls.private-key");
    if (certificate.isPresent() != key.isPresent()) {
      String missing = certificate.isPresent() ? "tls.private-key" : "tls.certificate";
      String present = certificate.isPresent() ? "tls.certificate" : "tls.private-key";
      throw settings.error(settings.get(present).orElseThrow(),
          "needs " + missing + " too (or neither, for a self-signed certificate)");
    }
    List<String> hosts = settings.list("tls.self-signed-hosts")
        .orElse(List.of("localhost", "127.0.0.1"));
    if (hosts.isEmpty()) {
      throw settings.error(settings.get("tls.self-signed-hosts").orElseThrow(),
          "must name at least one host");
    }
    TlsPolicy policy = settings.choice("tls.policy", POLICIES, TlsPolicy.DEFAULT).toBuilder()
        .controlRequired(settings.bool("tls.require-control", true))
        .dataRequired(settings.bool("tls.require-data", true))
        .sessionReuse(settings.choice("tls.session-reuse", REUSE, SessionReuse.WARN))
        .build();
    return new TlsSettings(certificate, key, settings.string("tls.private-key-password"), hosts,
        base.resolve("tls"), policy);
  }

  private Optional<HomeDirectory> anonymous() throws ConfigException {
    if (!settings.bool("anonymous.enabled", false)) {
      return Optional.empty();
    }
    Optional<String> scheme = settings.string("anonymous.home.scheme");
    if (scheme.isEmpty() || scheme.get().isBlank()) {
      throw new ConfigException(file.toString(), "anonymous.home.scheme",
          "missing; anonymous login needs a home (for example scheme: local, options: {root:"
              + " /srv/pub})");
    }
    Map<String, String> options = settings.freeMapping("anonymous.home.options");
    VirtualPath root = VirtualPath.ROOT;
    Optional<String> rootText = settings.string("anonymous.home.root");
    if (rootText.isPresent()) {
      try {
        root = VirtualPath.of(rootText.get());
      } catch (InvalidVirtualPathException e) {
        throw settings.error(settings.get("anonymous.home.root").orElseThrow(),
            "not a valid path: " + e.getMessage());
      }
    }
    return Optional.of(new HomeDirectory(scheme.get().strip(), VfsConfig.of(options), root,
        false));
  }

  private Limits limits() throws ConfigException {
    return new Limits(
        settings.integer("limits.max-sessions", 1, Integer.MAX_VALUE,
            Limits.DEFAULT_MAX_SESSIONS),
        settings.integer("limits.max-sessions-per-address", 1, Integer.MAX_VALUE,
            Limits.DEFAULT_MAX_SESSIONS_PER_ADDRESS),
        settings.integer("limits.max-line-length", 64, 1 << 20,
            Limits.DEFAULT_MAX_LINE_LENGTH));
  }

  private RateLimits rates() throws ConfigException {
    return new RateLimits(settings.byteSize("limits.upload-rate", 0),
        settings.byteSize("limits.download-rate", 0));
  }

  private Timeouts timeouts() throws ConfigException {
    Timeouts defaults = Timeouts.defaults();
    Duration idle = positive("timeouts.idle", defaults.idle());
    Duration data = positive("timeouts.data-connection", defaults.dataConnection());
    Duration stalled = positive("timeouts.stalled-transfer", defaults.stalledTransfer());
    Duration grace = settings.duration("timeouts.shutdown-grace", defaults.shutdownGrace());
    return new Timeouts(idle, data, stalled, grace);
  }

  private LoginPolicy login() throws ConfigException {
    LoginPolicy defaults = LoginPolicy.defaults();
    return new LoginPolicy(
        settings.duration("login.failure-delay", defaults.failureDelay()),
        settings.integer("login.max-failures", 1, Integer.MAX_VALUE, defaults.maxFailures()),
        positive("login.failure-window", defaults.failureWindow()),
        positive("login.ban-duration", defaults.banDuration()));
  }

  private ActiveConfig active() throws ConfigException {
    return new ActiveConfig(settings.bool("active.allow-other-addresses", false),
        settings.bool("active.allow-privileged-ports", false));
  }

  private Duration positive(String key, Duration absent) throws ConfigException {
    Duration value = settings.duration(key, absent);
    if (value.isZero()) {
      throw settings.error(settings.get(key).orElseThrow(), "must be longer than zero");
    }
    return value;
  }

  private Optional<InetAddress> address(String key) throws ConfigException {
    return parsed(key, Values::address);
  }

  private <T> Optional<T> parsed(String key, Function<String, T> parser) throws ConfigException {
    Optional<String> text = settings.string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.get()));
    } catch (IllegalArgumentException e) {
      throw settings.error(settings.get(key).orElseThrow(), e.getMessage());
    }
  }

  private Optional<Path> path(String key) throws ConfigException {
    Optional<String> text = settings.string(key);
    if (text.isEmpty() || text.get().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(base.resolve(text.get().strip()));
    } catch (InvalidPathException e) {
      throw settings.error(settings.get(key).orElseThrow(), "not a valid path: " + e.getReason());
    }
  }

  private static InetAddress wildcard() {
    try {
      return InetAddress.getByAddress(new byte[4]);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> Map<String, T> ordered(Object... pairs) {
    Map<String, T> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      T value = (T) pairs[i + 1];
      map.put((String) pairs[i], value);
    }
    return map;
  }
}
