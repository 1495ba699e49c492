package dev.ferry.ftp.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VfsConfigTest {
  enum Mode { FAST_PATH, SLOW }

  private static VfsConfig config(String key, String value) {
    return VfsConfig.empty().with(key, value);
  }

  @ParameterizedTest
  @CsvSource({"512,512", "1k,1024", "64KiB,65536", "10MB,10485760", "1g,1073741824",
      "2 TiB,2199023255552", "0,0", "7B,7"})
  void byteSizes(String value, long expected) {
    assertEquals(expected, config("s", value).byteSize("s", -1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "-1", "1.5g", "12 parsecs", "99999999999999999999",
      "9000000000000000000g"})
  void badByteSizesNameKeyAndValue(String value) {
    VfsConfigException e = assertThrows(VfsConfigException.class,
        () -> config("max-size", value).byteSize("max-size", 0));
    assertEquals("max-size", e.key().orElseThrow());
    assertTrue(e.getMessage().contains("\"" + value + "\""), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"500ms,PT0.5S", "30s,PT30S", "5m,PT5M", "2h,PT2H", "1d,PT24H", "PT30S,PT30S",
      "pt1m,PT1M"})
  void durations(String value, String expected) {
    assertEquals(Duration.parse(expected), config("t", value).duration("t", Duration.ZERO));
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "30 lightyears", "PTX", "s", "99999999999999999d"})
  void badDurations(String value) {
    assertThrows(VfsConfigException.class, () -> config("t", value).duration("t", null));
  }

  @Test
  void typedAccessors() {
    VfsConfig c = VfsConfig.of(Map.of("n", " 42 ", "b", "yes", "off", "OFF", "p", "/tmp/x",
        "e", "fast-path", "s", " text "));
    assertEquals(42, c.intValue("n", 0));
    assertEquals(42L, c.longValue("n", 0));
    assertEquals(7, c.intValue("absent", 7));
    assertTrue(c.bool("b", false));
    assertFalse(c.bool("off", true));
    assertTrue(c.bool("absent", true));
    assertEquals(Path.of("/tmp/x"), c.path("p"));
    assertEquals(Mode.FAST_PATH, c.enumValue("e", Mode.class, Mode.SLOW));
    assertEquals(Mode.SLOW, c.enumValue("absent", Mode.class, Mode.SLOW));
    assertEquals("text", c.string("s"));
    assertEquals("dflt", c.string("absent", "dflt"));
    assertEquals(" 42 ", c.get("n").orElseThrow());
    assertEquals(6, c.asMap().size());
    assertEquals(c, VfsConfig.of(c.asMap()));
    assertEquals(c.hashCode(), VfsConfig.of(c.asMap()).hashCode());
    assertFalse(c.with("secret", "hunter2").toString().contains("hunter2"));
  }

  @Test
  void errorsNameTheKey() {
    VfsConfig c = VfsConfig.of(Map.of("n", "many", "b", "maybe", "e", "warp", "blank", " "));
    assertEquals("n", assertThrows(VfsConfigException.class, () -> c.intValue("n", 0))
        .key().orElseThrow());
    assertThrows(VfsConfigException.class, () -> c.longValue("n", 0));
    assertThrows(VfsConfigException.class, () -> c.bool("b", false));
    VfsConfigException e = assertThrows(VfsConfigException.class,
        () -> c.enumValue("e", Mode.class, Mode.SLOW));
    assertTrue(e.getMessage().contains("fast-path, slow"), e.getMessage());
    assertTrue(assertThrows(VfsConfigException.class, () -> c.string("missing")).getMessage()
        .contains("missing required setting \"missing\""));
    assertThrows(VfsConfigException.class, () -> c.string("blank"));
    assertThrows(VfsConfigException.class, () -> c.path("missing"));
    assertThrows(VfsConfigException.class, () -> config("p", "a\0b").path("p"));
  }

  @Test
  void unknownKeysAreRejectedWithTheKnownOnes() {
    VfsConfig c = VfsConfig.of(Map.of("root", "/x", "fsynk", "true"));
    VfsConfigException e = assertThrows(VfsConfigException.class,
        () -> c.requireOnly(List.of("root", "fsync")));
    assertEquals("fsynk", e.key().orElseThrow());
    assertEquals("unknown setting \"fsynk\" (known settings: fsync, root)", e.getMessage());
    VfsConfig d = c.with("fsync", "x");
    assertEquals(d, d.requireOnly(List.of("root", "fsync", "fsynk")));
  }
}
