package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HashAlgorithmTest {
  @ParameterizedTest
  @CsvSource({"SHA-1", "sha-1", "Sha-1"})
  void returnsTheSharedConstantIgnoringCase(String name) {
    // draft-bryan-ftpext-hash-02 §3.1: MD5, md5, Md5 are all the same
    assertSame(HashAlgorithm.SHA_1, HashAlgorithm.of(name));
    assertSame(HashAlgorithm.MD5, HashAlgorithm.of(name.replaceAll("(?i)sha-1", "md5")));
  }

  @Test
  void keepsUnknownNamesAsValues() {
    HashAlgorithm crc37 = HashAlgorithm.of("crc-37");
    assertEquals("CRC-37", crc37.name());
    assertEquals("CRC-37", crc37.toString());
    assertEquals(crc37, HashAlgorithm.of("CRC-37"));
    assertEquals(crc37.hashCode(), HashAlgorithm.of("CRC-37").hashCode());
    assertNotEquals(crc37, HashAlgorithm.SHA_1);
    assertFalse(crc37.isComputable());
    assertThrows(UnsupportedOperationException.class, crc37::newMessageDigest);
    assertEquals("SHA3-256/X_1.2,3", HashAlgorithm.of("sha3-256/x_1.2,3").name());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "SHA 1",
        "SHA-1*",
        "SHA;1",
        "SH\u00c4",
        "\u0131",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"
      })
  void rejectsBadNames(String name) {
    assertThrows(InvalidArgumentException.class, () -> HashAlgorithm.of(name));
  }

  // FIPS 180 and RFC 1321 test vectors for "abc"; CRC-32 check value for "123456789" (ISO 3309)
  @ParameterizedTest
  @CsvSource({
    "SHA-1, abc, a9993e364706816aba3e25717850c26c9cd0d89d",
    "SHA-256, abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "MD5, abc, 900150983cd24fb0d6963f7d28e17f72",
    "CRC32, 123456789, cbf43926",
  })
  void computesKnownVectors(String name, String input, String hex) {
    MessageDigest digest = HashAlgorithm.of(name).newMessageDigest();
    byte[] result = digest.digest(input.getBytes(StandardCharsets.US_ASCII));
    assertEquals(hex, HexFormat.of().formatHex(result));
  }

  @Test
  void computesEveryListedAlgorithm() {
    for (HashAlgorithm algorithm : HashAlgorithm.computable()) {
      assertTrue(algorithm.isComputable());
      assertEquals(algorithm.name(), algorithm.newMessageDigest().getAlgorithm());
    }
  }

  @Property(tries = 100)
  void crc32DigestMatchesTheJdksCrc32(@ForAll byte[] data, @ForAll byte single) {
    CRC32 crc = new CRC32();
    crc.update(data);
    crc.update(single);
    MessageDigest digest = HashAlgorithm.CRC32.newMessageDigest();
    int half = data.length / 2;
    digest.update(data, 0, half);
    digest.update(ByteBuffer.wrap(data, half, data.length - half));
    digest.update(single);
    assertEquals(4, digest.getDigestLength());
    assertEquals(String.format("%08x", crc.getValue()), HexFormat.of().formatHex(digest.digest()));
    // digest() resets, as every MessageDigest does
    assertEquals("00000000", HexFormat.of().formatHex(digest.digest()));
    digest.update((byte) 1);
    digest.reset();
    assertEquals("00000000", HexFormat.of().formatHex(digest.digest()));
  }

  @Property(tries = 1000)
  void throwsOnlyItsException(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, HashAlgorithm::of, InvalidArgumentException.class);
  }
}
