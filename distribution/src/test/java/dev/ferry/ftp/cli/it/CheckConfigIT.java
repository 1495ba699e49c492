package dev.ferry.ftp.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ferry check-config} from the unpacked archive on broken files: exit 1, one message. */
class CheckConfigIT {
  @TempDir static Path dir;
  private static UnpackedFerry ferry;

  @BeforeAll
  static void unpack() throws Exception {
    ferry = UnpackedFerry.unpack(dir);
  }

  private void expect(String yaml, Map<String, String> env, String message) throws Exception {
    Path file = ferry.conf("broken.yaml");
    Files.writeString(file, yaml);
    UnpackedFerry.Result result = ferry.run("", env, "check-config", "--config", file.toString());
    assertEquals(1, result.exitCode(), result.out() + result.err());
    assertEquals("ferry: " + file + message, result.err().strip());
  }

  @Test
  void theShippedConfigurationIsValid() throws Exception {
    UnpackedFerry.Result result = ferry.run("check-config");
    assertEquals(0, result.exitCode(), result.err());
  }

  @Test
  void eachBrokenFileGetsOneMessageNamingLineAndKey() throws Exception {
    expect("listeners: [{port: 21}]\nlimits:\n  max-sesions: 5\n", Map.of(),
        ":3: limits.max-sesions: unknown key; known here: download-rate, max-line-length,"
            + " max-sessions, max-sessions-per-address, upload-rate");
    expect("listeners:\n  - port: twenty-one\n", Map.of(),
        ":2: listeners.0.port: must be a whole number from 0 to 65535, not \"twenty-one\"");
    expect("listeners: [{port: 21}]\npassive:\n  ports: 40000-30000\n", Map.of(),
        ":3: passive.ports: must be a range of ports from 1024 to 65535, lowest first; not"
            + " \"40000-30000\"");
  }

  @Test
  void aBadUsersFileAndABadVariableAreNamed() throws Exception {
    Files.writeString(ferry.conf("bad-users.yaml"), "users:\n  alice:\n    password: plain\n");
    Path file = ferry.conf("broken.yaml");
    Files.writeString(file, "listeners: [{port: 21}]\nusers: {file: bad-users.yaml}\n");
    UnpackedFerry.Result result = ferry.run("", Map.of(), "check-config", "--config",
        file.toString());
    assertEquals(1, result.exitCode());
    assertEquals("ferry: " + ferry.conf("bad-users.yaml") + ":3: users.alice.password: hash must"
        + " start with \"$\" (a PHC or crypt string)", result.err().strip());

    result = ferry.run("", Map.of("FERRY_TIMEOUTS_IDLE", "forever"), "check-config");
    assertEquals(1, result.exitCode());
    assertEquals("ferry: environment variable FERRY_TIMEOUTS_IDLE: invalid value for"
        + " \"timeouts.idle\": \"forever\" (expected a duration such as 500ms, 30s, 5m, 2h, 1d or"
        + " PT30S)", result.err().strip());
  }
}
