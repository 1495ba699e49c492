package dev.ferry.ftp.vfs.s3.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.testkit.vfs.TestData;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import dev.ferry.ftp.vfs.s3.internal.FaultProxy.Fault;
import dev.ferry.ftp.vfs.s3.internal.FaultProxy.Request;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;

/**
 * The store failing under the backend, through a fault-injecting proxy: 503s and timeouts mid-way
 * through uploads and downloads are retried; failures that last surface as clean errors of the
 * right kind, and nothing partial becomes visible.
 */
class S3FaultTest {
  @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();

  private static final int MIB = 1 << 20;

  private FaultProxy proxy;

  @BeforeEach
  void startProxy() throws IOException {
    proxy = new FaultProxy(S3.endpoint());
  }

  @AfterEach
  void stopProxy() throws IOException {
    proxy.close();
  }

  private VirtualFileSystem open(String... settings) throws IOException {
    VfsConfig config = S3.config(proxy.endpoint()).with("part-size", "5MiB")
        .with("retry-delay", "10ms").with("read-timeout", "2s").with("max-retries", "3");
    for (int i = 0; i < settings.length; i += 2) {
      config = config.with(settings[i], settings[i + 1]);
    }
    return VfsProviders.open("s3", config);
  }

  private static void put(String key, byte[] content) {
    S3.client().putObject(b -> b.bucket(S3.bucket()).key(key), RequestBody.fromBytes(content));
  }

  private static byte[] readAll(VirtualFileSystem fs, String p) throws IOException {
    try (ReadableByteChannel in = fs.openRead(VirtualPath.of(p), 0)) {
      return Channels.newInputStream(in).readAllBytes();
    }
  }

  private static void upload(VirtualFileSystem fs, String p, byte[] content) throws IOException {
    try (Upload upload = fs.openWrite(VirtualPath.of(p), WriteMode.replace())) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        upload.write(buffer);
      }
      upload.commit();
    }
  }

  private static int openUploads() {
    return S3.client().listMultipartUploads(b -> b.bucket(S3.bucket())).uploads().size();
  }

  private static boolean exists(String key) {
    return !S3.client().listObjectsV2(b -> b.bucket(S3.bucket()).prefix(key)).contents()
        .isEmpty();
  }

  private List<Request> gets() {
    return proxy.seen().stream().filter(Request::isGetObject).toList();
  }

  @Test
  void aDownloadCutMidWayContinuesFromTheByteItReached() throws IOException {
    byte[] content = TestData.bytes(1, 3 * MIB);
    put("f", content);
    try (VirtualFileSystem fs = open()) {
      proxy.inject(Request::isGetObject, Fault.CUT, MIB, 1);
      assertArrayEquals(content, readAll(fs, "/f"));
    }
    List<Request> gets = gets();
    assertEquals(2, gets.size());
    String range = gets.get(1).header("Range");
    assertNotNull(range);
    long resumedAt = Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
    assertTrue(resumedAt > 0 && resumedAt <= MIB, range);
    assertNotNull(gets.get(1).header("If-Match"), "the same version, or nothing");
  }

  @Test
  void aStalledDownloadTimesOutAndContinues() throws IOException {
    byte[] content = TestData.bytes(2, 2 * MIB);
    put("f", content);
    try (VirtualFileSystem fs = open("read-timeout", "500ms")) {
      proxy.inject(Request::isGetObject, Fault.STALL, 256 * 1024, 1);
      assertArrayEquals(content, readAll(fs, "/f"));
    }
    assertEquals(2, gets().size());
  }

  @Test
  void aDownloadThatKeepsFailingEndsWithUnavailable() throws IOException {
    put("f", TestData.bytes(3, 2 * MIB));
    try (VirtualFileSystem fs = open("max-retries", "2")) {
      proxy.inject(Request::isGetObject, Fault.CUT, 1000, 100);
      try (ReadableByteChannel in = fs.openRead(VirtualPath.of("/f"), 0)) {
        VfsException e = assertThrows(VfsException.class,
            () -> Channels.newInputStream(in).readAllBytes());
        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertEquals(VirtualPath.of("/f"), e.path());
      }
    }
  }

  @Test
  void aFileReplacedWhileReadFailsTheReadInsteadOfMixingVersions() throws IOException {
    put("f", TestData.bytes(4, 2 * MIB));
    try (VirtualFileSystem fs = open()) {
      proxy.inject(Request::isGetObject, Fault.CUT, 1000, 1);
      try (ReadableByteChannel in = fs.openRead(VirtualPath.of("/f"), 0)) {
        put("f", TestData.bytes(5, 2 * MIB));
        VfsException e = assertThrows(VfsException.class,
            () -> Channels.newInputStream(in).readAllBytes());
        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("replaced while it was read"), e.getMessage());
      }
    }
  }

  @Test
  void slowDownOnPartsIsRetried() throws IOException {
    byte[] content = TestData.bytes(6, 12 * MIB);
    try (VirtualFileSystem fs = open()) {
      proxy.inject(Request::isPartUpload, Fault.SLOW_DOWN, 0, 3);
      upload(fs, "/f", content);
    }
    assertArrayEquals(content, S3.client().getObjectAsBytes(b -> b.bucket(S3.bucket())
        .key("f")).asByteArray());
    assertTrue(proxy.seen().stream().filter(Request::isPartUpload).count() >= 6);
    assertEquals(0, openUploads());
  }

  @Test
  void aPartUploadThatTimesOutIsSentAgain() throws IOException {
    byte[] content = TestData.bytes(7, 11 * MIB);
    try (VirtualFileSystem fs = open("read-timeout", "1s")) {
      proxy.inject(Request::isPartUpload, Fault.HANG, 0, 1);
      upload(fs, "/f", content);
    }
    assertEquals(4, proxy.seen().stream().filter(Request::isPartUpload).count(),
        "three parts, one of them twice");
    assertArrayEquals(content, S3.client().getObjectAsBytes(b -> b.bucket(S3.bucket())
        .key("f")).asByteArray());
    assertEquals(0, openUploads());
  }

  @Test
  void aWriterThatOutrunsTheStoreWaitsWithBoundedMemory() throws Exception {
    try (VirtualFileSystem fs = open("upload-concurrency", "3", "read-timeout", "30s")) {
      // Every part hangs: the writer may fill three 5 MiB buffers, then it has to wait.
      proxy.inject(Request::isPartUpload, Fault.HANG, 0, 1000);
      Upload upload = fs.openWrite(VirtualPath.of("/f"), WriteMode.replace());
      AtomicLong accepted = new AtomicLong();
      Thread writer = Thread.ofVirtual().start(() -> {
        ByteBuffer chunk = ByteBuffer.allocate(256 * 1024);
        try {
          while (true) {
            chunk.clear();
            accepted.addAndGet(upload.write(chunk));
          }
        } catch (IOException e) {
          // Aborted below.
        }
      });
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (proxy.seen().stream().filter(Request::isPartUpload).count() < 3
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(500);
      assertEquals(15L * MIB, accepted.get(), "three part buffers, no more");
      assertTrue(writer.isAlive(), "the writer waits for a buffer");
      upload.abort();
      writer.join(10_000);
      assertTrue(!writer.isAlive(), "an abort from another thread releases the writer");
    }
    assertEquals(0, openUploads());
  }

  @Test
  void anUploadTheStoreKeepsRefusingFailsCleanly() throws IOException {
    try (VirtualFileSystem fs = open("max-retries", "1")) {
      proxy.inject(Request::isPartUpload, Fault.SLOW_DOWN, 0, 1000);
      VfsException e = assertThrows(VfsException.class,
          () -> upload(fs, "/f", TestData.bytes(8, 12 * MIB)));
      assertEquals(Kind.UNAVAILABLE, e.kind());
      assertEquals(VirtualPath.of("/f"), e.path());
    }
    assertEquals(0, openUploads(), "the multipart upload was aborted");
    assertTrue(!exists("f"), "nothing partial is visible");
  }

  @Test
  void aSmallUploadTheStoreRefusesLeavesNothing() throws IOException {
    Predicate<Request> puts = r -> r.method().equals("PUT");
    try (VirtualFileSystem fs = open("max-retries", "2")) {
      proxy.inject(puts, Fault.SLOW_DOWN, 0, 1000);
      VfsException e = assertThrows(VfsException.class,
          () -> upload(fs, "/f", "small".getBytes()));
      assertEquals(Kind.UNAVAILABLE, e.kind());
      assertEquals(3, proxy.seen().stream().filter(puts).count(), "one try and two retries");
    }
    assertTrue(!exists("f"));
  }

  @Test
  void slowDownOnMetadataRequestsIsRetried() throws IOException {
    put("f", "x".getBytes());
    try (VirtualFileSystem fs = open()) {
      proxy.inject(r -> r.method().equals("HEAD") || r.target().contains("list-type"),
          Fault.SLOW_DOWN, 0, 2);
      assertEquals(1, fs.stat(VirtualPath.of("/f")).size());
      try (var cursor = fs.list(VirtualPath.ROOT)) {
        assertEquals("f", cursor.next().name());
      }
    }
  }

  @Test
  void hashUsesTheStoresChecksumInsteadOfReadingTheFile() throws Exception {
    byte[] content = TestData.bytes(9, 300_000);
    S3.client().putObject(b -> b.bucket(S3.bucket()).key("summed")
        .checksumAlgorithm(ChecksumAlgorithm.SHA256), RequestBody.fromBytes(content));
    put("plain", content);
    byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(content);
    try (VirtualFileSystem fs = open()) {
      assertArrayEquals(sha256, fs.checksum(VirtualPath.of("/summed"), "SHA-256", 0,
          Long.MAX_VALUE));
      assertEquals(0, gets().size(), "answered from HEAD");
      assertArrayEquals(sha256, fs.checksum(VirtualPath.of("/plain"), "SHA-256", 0,
          Long.MAX_VALUE));
      assertEquals(1, gets().size(), "computed by reading");
    }
  }

  @Test
  void errorsMapToTheirKinds() throws IOException {
    put("f", "x".getBytes());
    try (VirtualFileSystem fs = open("max-retries", "0")) {
      proxy.inject(Request::isGetObject, Fault.ACCESS_DENIED, 0, 1);
      assertEquals(Kind.PERMISSION_DENIED, assertThrows(VfsException.class,
          () -> fs.openRead(VirtualPath.of("/f"), 0)).kind());
      proxy.inject(r -> r.method().equals("HEAD"), Fault.SLOW_DOWN, 0, 1);
      assertEquals(Kind.UNAVAILABLE, assertThrows(VfsException.class,
          () -> fs.stat(VirtualPath.of("/f"))).kind());
      proxy.close();
      VfsException down = assertThrows(VfsException.class,
          () -> fs.stat(VirtualPath.of("/f")));
      assertEquals(Kind.UNAVAILABLE, down.kind());
      assertTrue(down.getMessage().contains("cannot reach the store"), down.getMessage());
    }
  }
}
