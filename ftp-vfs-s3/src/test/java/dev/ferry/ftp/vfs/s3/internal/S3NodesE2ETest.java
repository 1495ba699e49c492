package dev.ferry.ftp.vfs.s3.internal;

import static dev.ferry.ftp.vfs.s3.internal.S3ServerE2ETest.retrieve;
import static dev.ferry.ftp.vfs.s3.internal.S3ServerE2ETest.sizeOf;
import static dev.ferry.ftp.vfs.s3.internal.S3ServerE2ETest.store;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.testkit.vfs.TestData;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two Ferry servers on one bucket, as two stateless nodes behind a load balancer: what one
 * stores, renames or deletes, the other lists and serves at once, with no state of their own.
 */
class S3NodesE2ETest {
  @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();

  private static final int MIB = 1 << 20;

  private FerryOnS3 one;
  private FerryOnS3 two;

  @BeforeEach
  void start() throws IOException {
    VfsConfig config = S3.config().with("part-size", "5MiB").with("prefix", "homes/alice");
    one = FerryOnS3.start(config);
    two = FerryOnS3.start(config);
  }

  @AfterEach
  void stop() {
    one.close();
    two.close();
  }

  private static List<String> names(FTPFile[] listing) {
    return S3ServerE2ETest.entries(listing).stream().map(FTPFile::getName).sorted().toList();
  }

  @Test
  void whatOneNodeStoresTheOtherListsAndServes() throws IOException {
    FerryOnS3.Client a = one.login();
    FerryOnS3.Client b = two.login();
    byte[] big = TestData.bytes(31, 12 * MIB + 5);
    byte[] small = TestData.bytes(32, 300);
    assertTrue(a.makeDirectory("shared"), a.getReplyString());
    store(a, "shared/big.bin", big);
    store(a, "shared/small.txt", small);
    assertArrayEquals(big, S3.object("homes/alice/shared/big.bin"));

    assertEquals(List.of("big.bin", "small.txt"), names(b.mlistDir("/shared")));
    assertEquals(String.valueOf(big.length), sizeOf(b, "/shared/big.bin"));
    assertArrayEquals(big, retrieve(b, "/shared/big.bin"));
    b.setRestartOffset(100);
    assertArrayEquals(Arrays.copyOfRange(small, 100, small.length),
        retrieve(b, "/shared/small.txt"));
    b.setRestartOffset(0);

    assertTrue(b.rename("/shared", "/moved"), b.getReplyString());
    assertEquals(List.of("moved"), names(a.mlistDir("/")));
    assertArrayEquals(small, retrieve(a, "/moved/small.txt"));
    assertTrue(a.deleteFile("/moved/big.bin"), a.getReplyString());
    assertFalse(b.retrieveFile("/moved/big.bin", OutputStream.nullOutputStream()));
    assertEquals(550, b.getReplyCode(), b.getReplyString());
  }
}
