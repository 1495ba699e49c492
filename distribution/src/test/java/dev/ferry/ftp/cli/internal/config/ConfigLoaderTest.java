package dev.ferry.ftp.cli.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.SessionReuse;
import dev.ferry.ftp.tls.TlsMode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
  @TempDir Path dir;

  private FerryConfig load(String yaml) throws IOException, ConfigException {
    return load(yaml, Map.of(), List.of());
  }

  private FerryConfig load(String yaml, Map<String, String> env, List<String> sets)
      throws IOException, ConfigException {
    Path file = dir.resolve("ferry.yaml");
    Files.writeString(file, yaml);
    return ConfigLoader.load(file, env, sets);
  }

  private String error(String yaml) {
    return error(yaml, Map.of(), List.of());
  }

  private String error(String yaml, Map<String, String> env, List<String> sets) {
    return assertThrows(ConfigException.class, () -> load(yaml, env, sets)).getMessage();
  }

  @Test
  void readsEveryKey() throws Exception {
    FerryConfig config = load("""
        greeting: Hello
        listeners:
          - {bind: 127.0.0.1, port: 2121, tls: explicit}
          - {bind: "::1", port: 9990, tls: implicit}
          - {port: 2020, tls: off}
        passive: {ports: 30000-30010, address: 192.0.2.7}
        tls:
          certificate: tls/c.pem
          private-key: tls/k.pem
          private-key-password: s3cret
          policy: modern
          require-control: false
          require-data: false
          session-reuse: require
        users: {file: other-users.yaml}
        anonymous:
          enabled: true
          home: {scheme: memory, options: {max-size: 10M}, root: /pub}
        limits:
          max-sessions: 10
          max-sessions-per-address: 2
          max-line-length: 1000
          upload-rate: 1M
          download-rate: 2k
        timeouts: {idle: 1m, data-connection: 5s, stalled-transfer: 30s, shutdown-grace: 0s}
        login: {failure-delay: 0s, max-failures: 3, failure-window: 1m, ban-duration: 1h}
        active: {allow-other-addresses: true, allow-privileged-ports: true}
        """);
    assertEquals("Hello", config.greeting());
    assertEquals(3, config.listeners().size());
    assertEquals(new ListenerSpec(InetAddress.getByName("127.0.0.1"), 2121, TlsMode.EXPLICIT),
        config.listeners().get(0));
    assertEquals(TlsMode.IMPLICIT, config.listeners().get(1).tls());
    assertEquals(InetAddress.getByName("0.0.0.0"), config.listeners().get(2).bind());
    assertEquals(30000, config.passive().minPort());
    assertEquals(30010, config.passive().maxPort());
    assertEquals(InetAddress.getByName("192.0.2.7"), config.passive().advertisedAddress().get());
    assertEquals(dir.resolve("tls/c.pem"), config.tls().certificate().get());
    assertEquals(SessionReuse.REQUIRE, config.tls().policy().sessionReuse());
    assertEquals(List.of("TLSv1.3"), config.tls().policy().protocols());
    assertFalse(config.tls().policy().controlRequired());
    assertFalse(config.tls().toString().contains("s3cret"), config.tls().toString());
    assertEquals(dir.resolve("other-users.yaml"), config.usersFile());
    assertEquals("memory", config.anonymous().get().scheme());
    assertEquals("10M", config.anonymous().get().config().get("max-size").get());
    assertEquals("/pub", config.anonymous().get().root().toString());
    assertEquals(10, config.limits().maxSessions());
    assertEquals(1000, config.limits().maxLineLength());
    assertEquals(1024 * 1024, config.rates().uploadBytesPerSecond());
    assertEquals(2048, config.rates().downloadBytesPerSecond());
    assertEquals(Duration.ofMinutes(1), config.timeouts().idle());
    assertEquals(Duration.ZERO, config.timeouts().shutdownGrace());
    assertEquals(3, config.login().maxFailures());
    assertTrue(config.active().allowOtherAddresses());
    assertTrue(config.usesTls());
  }

  @Test
  void defaultsAreSecure() throws Exception {
    FerryConfig config = load("listeners: [{port: 21}]\n");
    assertEquals(TlsMode.EXPLICIT, config.listeners().get(0).tls());
    assertTrue(config.tls().policy().controlRequired());
    assertTrue(config.tls().policy().dataRequired());
    assertTrue(config.anonymous().isEmpty());
    assertFalse(config.active().allowPrivilegedPorts());
    assertEquals(dir.resolve("users.yaml"), config.usersFile());
    assertEquals(dir.resolve("tls"), config.tls().selfSignedDirectory());
  }

  @Test
  void environmentOverridesTheFileAndOptionsOverrideTheEnvironment() throws Exception {
    String yaml = "listeners: [{port: 21}]\nlimits: {max-sessions: 5}\n";
    FerryConfig config = load(yaml, Map.of("FERRY_LIMITS_MAX_SESSIONS", "7",
        "FERRY_LISTENERS_0_PORT", "2121", "FERRY_LISTENERS_1_PORT", "990",
        "FERRY_LISTENERS_1_TLS", "implicit", "FERRY_TLS_SELF_SIGNED_HOSTS", "a.example, b.example",
        "FERRY_ANONYMOUS_ENABLED", "true", "FERRY_ANONYMOUS_HOME_SCHEME", "s3",
        "FERRY_ANONYMOUS_HOME_OPTIONS_PATH_STYLE", "true", "FERRY_PASSWORD", "unrelated"),
        List.of());
    assertEquals(7, config.limits().maxSessions());
    assertEquals(2121, config.listeners().get(0).port());
    assertEquals(990, config.listeners().get(1).port());
    assertEquals(TlsMode.IMPLICIT, config.listeners().get(1).tls());
    assertEquals(List.of("a.example", "b.example"), config.tls().selfSignedHosts());
    assertEquals("true", config.anonymous().get().config().get("path-style").get());

    config = load(yaml, Map.of("FERRY_LIMITS_MAX_SESSIONS", "7"),
        List.of("limits.max-sessions=9", "greeting=Hi there"));
    assertEquals(9, config.limits().maxSessions());
    assertEquals("Hi there", config.greeting());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      listeners: [{port: 21}]\\nlimits: {max-sesions: 5}     | ferry.yaml:2: limits.max-sesions: unknown key; known here: download-rate, max-line-length, max-sessions, max-sessions-per-address, upload-rate
      listeners: [{port: 21, prot: 2}]                       | ferry.yaml:1: listeners.0.prot: unknown key; known here: bind, port, tls
      listeners: [{port: 21}]\\ntimeout: {idle: 5m}          | ferry.yaml:2: timeout: unknown key; known here: active, anonymous, greeting, limits, listeners, login, passive, timeouts, tls, users
      listeners: [{port: 21}]\\nlimits: {max-sessions: ten}  | ferry.yaml:2: limits.max-sessions: must be a whole number from 1 to 2147483647, not "ten"
      listeners: [{port: 70000}]                             | ferry.yaml:1: listeners.0.port: must be a whole number from 0 to 65535, not "70000"
      listeners: [{port: 21, tls: sometimes}]                | ferry.yaml:1: listeners.0.tls: must be one of off, explicit, implicit, not "sometimes"
      listeners: [{port: 21, bind: ftp.example.com}]         | ferry.yaml:1: listeners.0.bind: must be an IP address such as 0.0.0.0, 192.0.2.7 or ::, not "ftp.example.com"
      listeners: [{port: 21}]\\ntimeouts: {idle: soon}       | ferry.yaml:2: invalid value for "timeouts.idle": "soon" (expected a duration such as 500ms, 30s, 5m, 2h, 1d or PT30S)
      listeners: [{port: 21}]\\ntimeouts: {idle: 0s}         | ferry.yaml:2: timeouts.idle: must be longer than zero
      listeners: [{port: 21}]\\nactive: {allow-other-addresses: maybe} | ferry.yaml:2: invalid value for "active.allow-other-addresses": "maybe"
      listeners: [{port: 21}]\\npassive: {ports: 100-200}    | ferry.yaml:2: passive.ports: must be a range of ports from 1024 to 65535, lowest first; not "100-200"
      listeners: [{port: 21}]\\npassive: {ports: lots}       | ferry.yaml:2: passive.ports: must be a port range such as 30000-30100, or any; not "lots"
      listeners: [{port: 21}]\\npassive: {address: '::1'}    | ferry.yaml:2: passive.address: must be an IPv4 address
      listeners: [{port: 21}]\\nlimits: 5                    | ferry.yaml:2: limits: must be a mapping of keys to values, not a single value
      listeners: [{port: 21}]\\ngreeting: [a, b]             | ferry.yaml:2: greeting: must be a single value, not a list
      listeners: [{port: 21}]\\ngreeting: {a: b}             | ferry.yaml:2: greeting: must be a single value, not a mapping
      listeners: {port: 21}                                  | ferry.yaml:1: listeners: must be a list of mappings
      listeners: [{bind: 0.0.0.0}]                           | listeners.0.port: missing
      greeting: hi                                           | listeners: missing; at least one listener is needed
      listeners: [{port: 21}]\\ntls: {certificate: c.pem}    | ferry.yaml:2: tls.certificate: needs tls.private-key too
      listeners: [{port: 21}]\\ntls: {self-signed-hosts: []} | ferry.yaml:2: tls.self-signed-hosts: must name at least one host
      listeners: [{port: 21}]\\nanonymous: {enabled: true}   | anonymous.home.scheme: missing
      listeners: [{port: 21}]\\nanonymous: {enabled: true, home: {scheme: local, root: "a\\u0001b"}} | anonymous.home.root: not a valid path
      listeners: [{port: 21}]\\ngreeting: ' '                | ferry.yaml:2: greeting: must not be blank
      listeners: [{port: 21}\\n                              | ferry.yaml:2: bad YAML
      listeners: [{port: 21}]\\nlisteners: []                | ferry.yaml:2: listeners: appears twice
      - a                                                    | ferry.yaml:1: the file must be a mapping of keys to values
      listeners: [{port: 21}, 5]                             | ferry.yaml:1: listeners: must be a list of values or a list of mappings, not a mix
      listeners: [{port: 21}]\\na.b: c                       | ferry.yaml:2: keys must be plain names without dots
      """)
  void refusesABadFileNamingFileLineAndKey(String yaml, String expected) {
    String message = error(yaml.replace("\\n", "\n"));
    String relative = message.replace(dir.toString() + "/", "");
    assertTrue(relative.startsWith(expected) || relative.contains(expected),
        "expected " + expected + " in: " + relative);
  }

  @Test
  void refusesBadOverridesNamingTheirOrigin() {
    String yaml = "listeners: [{port: 21}]\n";
    assertEquals("environment variable FERRY_LIMITS_MAX_SESSIONS: limits.max-sessions: must be a"
        + " whole number from 1 to 2147483647, not \"0\"",
        error(yaml, Map.of("FERRY_LIMITS_MAX_SESSIONS", "0"), List.of()));
    assertEquals("environment variable FERRY_LIMITS_MAX_SESION: names no configuration key"
        + " (see docs/configuration.md)",
        error(yaml, Map.of("FERRY_LIMITS_MAX_SESION", "5"), List.of()));
    assertEquals("option --set limits.max-sessions: limits.max-sessions: must be a whole number"
        + " from 1 to 2147483647, not \"x\"",
        error(yaml, Map.of(), List.of("limits.max-sessions=x")));
    assertEquals("option --set limits.max-sesions: limits.max-sesions: unknown key; known here:"
        + " download-rate, max-line-length, max-sessions, max-sessions-per-address, upload-rate",
        error(yaml, Map.of(), List.of("limits.max-sesions=5")));
    assertEquals("option --set: expected KEY=VALUE, not \"limits\"",
        error(yaml, Map.of(), List.of("limits")));
  }

  @Test
  void refusesAMissingFile() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(dir.resolve("none.yaml"), Map.of(), List.of()));
    assertEquals(dir.resolve("none.yaml") + ": no such file", e.getMessage());
    assertEquals("", e.key());
    assertEquals(dir.resolve("none.yaml").toString(), e.origin());
  }

  @Test
  void anEmptyFileHasNoListener() {
    assertTrue(error("").endsWith("listeners: missing; at least one listener is needed"));
  }

  @Test
  void theShippedFileIsValid() throws Exception {
    FerryConfig config = ConfigLoader.load(Path.of("src/dist/conf/ferry.yaml"), Map.of(),
        List.of());
    assertEquals(2, config.listeners().size());
    assertEquals(30000, config.passive().minPort());
  }
}
