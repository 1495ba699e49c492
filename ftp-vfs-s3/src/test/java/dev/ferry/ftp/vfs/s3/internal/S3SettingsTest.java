package dev.ferry.ftp.vfs.s3.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsConfigException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every setting parsed, defaulted and refused with a message that names the key. */
class S3SettingsTest {
  private static S3Settings parse(String... settings) {
    VfsConfig config = VfsConfig.of(Map.of("bucket", "media"));
    for (int i = 0; i < settings.length; i += 2) {
      config = config.with(settings[i], settings[i + 1]);
    }
    return S3Settings.from(config);
  }

  @Test
  void defaultsForAws() {
    S3Settings s = parse();
    assertEquals("media", s.bucket());
    assertEquals("", s.prefix());
    assertNull(s.endpoint());
    assertNull(s.region(), "the SDK's region chain decides");
    assertFalse(s.pathStyle());
    assertNull(s.accessKey());
    assertEquals(8L << 20, s.partSize());
    assertEquals(4, s.uploadConcurrency());
    assertEquals(5, s.maxRetries());
    assertEquals(Duration.ofDays(1), s.staleUploadAge());
    assertFalse(s.checksumsWhenSupported());
    assertTrue(s.resumeUploads());
    assertNull(s.serverSideEncryption());
    assertFalse(s.toString().contains("secret"));
  }

  @Test
  void everySettingForAnS3CompatibleStore() {
    S3Settings s = parse("endpoint", "http://minio.local:9000", "prefix", "/homes//ann/",
        "access-key", "AK", "secret-key", "very-secret", "part-size", "16MiB",
        "upload-concurrency", "8", "connect-timeout", "2s", "read-timeout", "PT30S",
        "max-retries", "3", "retry-delay", "50ms", "storage-class", "standard_ia",
        "server-side-encryption", "aws:kms", "kms-key-id", "key-1",
        "request-checksums", "when-supported", "stale-upload-age", "12h",
        "resume-uploads", "no", "rename-concurrency", "32");
    assertEquals(URI.create("http://minio.local:9000"), s.endpoint());
    assertEquals("us-east-1", s.region(), "a default region where an endpoint is given");
    assertTrue(s.pathStyle(), "path style by default where an endpoint is given");
    assertEquals("homes/ann/", s.prefix());
    assertEquals("AK", s.accessKey());
    assertEquals(16L << 20, s.partSize());
    assertEquals(8, s.uploadConcurrency());
    assertEquals(Duration.ofSeconds(2), s.connectTimeout());
    assertEquals(Duration.ofSeconds(30), s.readTimeout());
    assertEquals(3, s.maxRetries());
    assertEquals(Duration.ofMillis(50), s.retryDelay());
    assertEquals("STANDARD_IA", s.storageClass());
    assertEquals("aws:kms", s.serverSideEncryption());
    assertEquals("key-1", s.kmsKeyId());
    assertTrue(s.checksumsWhenSupported());
    assertEquals(Duration.ofHours(12), s.staleUploadAge());
    assertFalse(s.resumeUploads());
    assertEquals(32, s.renameConcurrency());
    assertFalse(s.toString().contains("very-secret"));
    assertFalse(parse("endpoint", "https://s3.example", "path-style", "false").pathStyle());
    assertNull(parse("server-side-encryption", "none").serverSideEncryption());
    assertEquals(Duration.ZERO, parse("stale-upload-age", "0s").staleUploadAge());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bucket|no spaces allowed|bucket name",
      "endpoint|ftp://host|http:// or https://",
      "endpoint|http://|http:// or https://",
      "endpoint|::|http:// or https://",
      "region|eu west|region name",
      "part-size|4MiB|between 5MiB and 5GiB",
      "part-size|6GiB|between 5MiB and 5GiB",
      "part-size|lots|byte size",
      "upload-concurrency|0|between 1 and 64",
      "max-retries|31|between 0 and 30",
      "rename-concurrency|x|whole number",
      "connect-timeout|0s|positive duration",
      "read-timeout|soon|duration",
      "storage-class|cold storage|storage class",
      "server-side-encryption|rot 13|AES256",
      "request-checksums|always|when-required, when-supported",
      "prefix|a/../b|without '.', '..'",
      "resume-uploads|perhaps|true or false",
      "acess-key|typo|unknown setting"})
  void badValuesNameTheirKey(String key, String value, String expected) {
    VfsConfigException e = assertThrows(VfsConfigException.class, () -> parse(key, value));
    assertEquals(key, e.key().orElseThrow());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void keysComeInPairsAndKmsNeedsKms() {
    assertEquals("secret-key", assertThrows(VfsConfigException.class,
        () -> parse("access-key", "AK")).key().orElseThrow());
    assertEquals("access-key", assertThrows(VfsConfigException.class,
        () -> parse("secret-key", "SK")).key().orElseThrow());
    assertEquals("kms-key-id", assertThrows(VfsConfigException.class,
        () -> parse("kms-key-id", "k")).key().orElseThrow());
    assertEquals("bucket", assertThrows(VfsConfigException.class,
        () -> S3Settings.from(VfsConfig.empty())).key().orElseThrow());
  }

  @Test
  void prefixesAreNormalized() {
    assertEquals("", S3Settings.prefix("/"));
    assertEquals("a/b/", S3Settings.prefix("a/b"));
    assertEquals("a/b/", S3Settings.prefix("//a//b//"));
    assertThrows(VfsConfigException.class, () -> S3Settings.prefix("a/./b"));
    assertThrows(VfsConfigException.class, () -> S3Settings.prefix("a\\b"));
    assertThrows(VfsConfigException.class, () -> S3Settings.prefix("x".repeat(600)));
  }
}
