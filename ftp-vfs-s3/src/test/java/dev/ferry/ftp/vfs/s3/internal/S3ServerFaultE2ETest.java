package dev.ferry.ftp.vfs.s3.internal;

import static dev.ferry.ftp.vfs.s3.internal.S3ServerE2ETest.retrieve;
import static dev.ferry.ftp.vfs.s3.internal.S3ServerE2ETest.store;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.testkit.vfs.TestData;
import dev.ferry.ftp.vfs.s3.internal.FaultProxy.Fault;
import dev.ferry.ftp.vfs.s3.internal.FaultProxy.Request;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store failing under Ferry's server, through the fault-injecting proxy: short outages are
 * retried and the client never notices; lasting ones end the transfer with a clean {@code 451}
 * (RFC 959: "requested action aborted") and nothing partial becomes visible in the bucket.
 */
class S3ServerFaultE2ETest {
  @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();

  private static final int MIB = 1 << 20;

  private FaultProxy proxy;
  private FerryOnS3 ferry;
  private FerryOnS3.Client ftp;

  @BeforeEach
  void start() throws IOException {
    proxy = new FaultProxy(S3.endpoint());
    ferry = FerryOnS3.start(S3.config(proxy.endpoint()).with("part-size", "5MiB")
        .with("retry-delay", "10ms").with("read-timeout", "2s").with("max-retries", "2"));
    ftp = ferry.login();
  }

  @AfterEach
  void stop() throws IOException {
    ferry.close();
    proxy.close();
  }

  @Test
  void aShortOutageMidUploadIsRetried() throws IOException {
    byte[] content = TestData.bytes(41, 12 * MIB);
    proxy.inject(Request::isPartUpload, Fault.SLOW_DOWN, 0, 2);
    proxy.inject(Request::isPartUpload, Fault.HANG, 0, 1);
    store(ftp, "up.bin", content);
    assertArrayEquals(content, S3.object("up.bin"));
    assertEquals(0, S3.openMultipartUploads());
  }

  @Test
  void aStoreThatKeepsAnswering503MidUploadFailsTheStorCleanly() throws IOException {
    S3.put("old.bin", TestData.bytes(42, 100));
    proxy.inject(Request::isPartUpload, Fault.SLOW_DOWN, 0, 1000);
    assertFalse(ftp.storeFile("old.bin", new ByteArrayInputStream(TestData.bytes(43, 12 * MIB))));
    assertEquals(451, ftp.getReplyCode(), ftp.getReplyString());
    assertArrayEquals(TestData.bytes(42, 100), S3.object("old.bin"), "the old object stays");
    assertEquals(0, S3.openMultipartUploads());
    assertTrue(ftp.sendNoOp(), "the session goes on");
  }

  @Test
  void aStoreThatStopsAnsweringMidUploadFailsTheStorCleanly() throws IOException {
    proxy.inject(Request::isPartUpload, Fault.HANG, 0, 1000);
    assertFalse(ftp.storeFile("new.bin", new ByteArrayInputStream(TestData.bytes(44, 12 * MIB))));
    assertEquals(451, ftp.getReplyCode(), ftp.getReplyString());
    assertTrue(S3.keys().isEmpty(), S3.keys().toString());
    assertEquals(0, S3.openMultipartUploads());
  }

  @Test
  void aDownloadCutMidWayContinuesUnnoticed() throws IOException {
    byte[] content = TestData.bytes(45, 7 * MIB);
    S3.put("down.bin", content);
    proxy.inject(Request::isGetObject, Fault.CUT, 2 * MIB, 1);
    proxy.inject(Request::isGetObject, Fault.STALL, MIB, 1);
    assertArrayEquals(content, retrieve(ftp, "down.bin"));
  }

  @Test
  void aStoreThatStopsAnsweringMidDownloadFailsTheRetrCleanly() throws IOException {
    byte[] content = TestData.bytes(46, 7 * MIB);
    S3.put("down.bin", content);
    proxy.inject(Request::isGetObject, Fault.CUT, MIB, 1);
    proxy.inject(Request::isGetObject, Fault.STALL, 0, 1000);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    assertFalse(ftp.retrieveFile("down.bin", received));
    assertEquals(451, ftp.getReplyCode(), ftp.getReplyString());
    assertTrue(received.size() < content.length);
    assertArrayEquals(Arrays.copyOf(content, received.size()), received.toByteArray(),
        "what arrived is the file's beginning");
    assertTrue(ftp.sendNoOp(), "the session goes on");
  }
}
