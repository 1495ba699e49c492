package dev.ferry.ftp.vfs.s3.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualPath;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The key mapping, the S3 key order, the time format and the part-size schedule. */
class KeysTest {
  @Test
  void pathsMapOntoKeysUnderThePrefix() throws VfsException {
    Keys keys = new Keys("homes/ann/");
    assertEquals("homes/ann/", keys.directory(VirtualPath.ROOT));
    assertEquals("homes/ann/a/b", keys.file(VirtualPath.of("/a/b")));
    assertEquals("homes/ann/a/b/", keys.directory(VirtualPath.of("/a/b")));
    Keys bare = new Keys("");
    assertEquals("", bare.directory(VirtualPath.ROOT));
    assertEquals("caf\u00e9 \ud83d\ude80", bare.file(VirtualPath.of("/caf\u00e9 \ud83d\ude80")));
    String longest = "x".repeat(255) + "/" + "x".repeat(255) + "/" + "x".repeat(255) + "/"
        + "x".repeat(255);
    assertEquals(1023, bare.file(VirtualPath.of(longest)).length());
    assertThrows(VfsException.class, () -> bare.file(VirtualPath.of(longest + "/x")));
  }

  @ParameterizedTest
  @CsvSource({"dir/,dir/a,a", "dir/,dir/sub/,sub", "'',top,top", "dir/,dir/,", "dir/,dir//,",
      "dir/,dir/a\\b,", "dir/,dir/..,", "dir/,dir/.,"})
  void namesInAListing(String directory, String key, String name) {
    assertEquals(name, Keys.name(directory, key));
  }

  @Test
  void keysSortByCodePointsLikeUtf8Bytes() {
    // U+FF5E is above every surrogate in UTF-16 order but below U+1F680 in UTF-8 order.
    assertTrue(Keys.compare("\uff5e", "\ud83d\ude80") < 0);
    assertTrue("\uff5e".compareTo("\ud83d\ude80") > 0);
    assertTrue(Keys.compare("a", "a/") < 0);
    assertTrue(Keys.compare("a!", "a/") < 0);
    assertEquals(0, Keys.compare("same", "same"));
    assertTrue(Keys.compare("ab", "a") > 0);
  }

  @ParameterizedTest
  @CsvSource({"2001-02-03T04:05:06Z,981173106", "1999-12-31T23:59:59.5Z,946684799.5",
      "1970-01-01T00:00:00.000000001Z,0.000000001", "1969-12-31T23:59:58.5Z,-1.5"})
  void timesAreDecimalSeconds(String instant, String text) {
    Instant time = Instant.parse(instant);
    assertEquals(text, Mtime.format(time));
    assertEquals(time, Mtime.of(Map.of("mtime", text), Instant.EPOCH));
  }

  @ParameterizedTest
  @CsvSource({"''", "soon", "1e9", "12345678901234567890", "1.1234567891", "1.", ".5"})
  void unreadableTimesFallBackToLastModified(String text) {
    Instant fallback = Instant.parse("2020-01-01T00:00:00Z");
    assertEquals(fallback, Mtime.of(Map.of("mtime", text), fallback));
    assertEquals(fallback, Mtime.of(Map.of(), fallback));
    assertEquals(fallback, Mtime.of(null, fallback));
  }

  @Test
  void partsGrowSoTenThousandHoldMoreThanFiveTebibytes() {
    long fiveTiB = 5L << 40;
    for (long first : new long[] {S3Settings.MIN_PART, 8L << 20, 64L << 20, S3Settings.MAX_PART}) {
      PartSizes sizes = new PartSizes(first, 1000);
      assertEquals(first, sizes.size(1));
      assertEquals(first, sizes.size(1000));
      assertEquals(Math.min(2 * first, S3Settings.MAX_PART), sizes.size(1001));
      assertEquals(S3Settings.MAX_PART, sizes.size(PartSizes.MAX_PARTS));
      assertTrue(sizes.capacity(PartSizes.MAX_PARTS) > fiveTiB, "from " + first);
      for (int part = 1; part <= PartSizes.MAX_PARTS; part++) {
        assertTrue(sizes.size(part) >= S3Settings.MIN_PART
            && sizes.size(part) <= S3Settings.MAX_PART);
      }
    }
    // A fixed 5 MiB part, as some tools use, stops at 48.8 GiB.
    assertTrue(PartSizes.MAX_PARTS * S3Settings.MIN_PART < 49L << 30);
  }
}
