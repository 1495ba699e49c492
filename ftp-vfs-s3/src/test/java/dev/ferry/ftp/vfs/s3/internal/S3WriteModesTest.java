package dev.ferry.ftp.vfs.s3.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.testkit.vfs.TestData;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * APPE, REST + STOR and resuming, on objects large enough that the old bytes are copied inside
 * the store (UploadPartCopy) and small enough that they are fetched.
 */
class S3WriteModesTest {
  @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();

  private static final int MIB = 1 << 20;

  private static S3FileSystem open(String... settings) throws IOException {
    VfsConfig config = S3.config().with("part-size", "5MiB");
    for (int i = 0; i < settings.length; i += 2) {
      config = config.with(settings[i], settings[i + 1]);
    }
    return (S3FileSystem) VfsProviders.open("s3", config);
  }

  private static void write(S3FileSystem fs, String p, byte[] content, WriteMode mode)
      throws IOException {
    try (Upload upload = fs.openWrite(VirtualPath.of(p), mode)) {
      writeFully(upload, content);
      upload.commit();
    }
  }

  private static void writeFully(Upload upload, byte[] content) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      upload.write(buffer);
    }
  }

  private static byte[] stored(String key) {
    return S3.client().getObjectAsBytes(b -> b.bucket(S3.bucket()).key(key)).asByteArray();
  }

  private static HeadObjectResponse head(String key) {
    return S3.client().headObject(b -> b.bucket(S3.bucket()).key(key));
  }

  private static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    ByteBuffer all = ByteBuffer.allocate(length);
    for (byte[] part : parts) {
      all.put(part);
    }
    return all.array();
  }

  private static int openUploads() {
    return S3.client().listMultipartUploads(b -> b.bucket(S3.bucket())).uploads().size();
  }

  @Test
  void appendToALargeObjectCopiesItInsideTheStore() throws IOException {
    byte[] old = TestData.bytes(1, 12 * MIB + 7);
    byte[] more = TestData.bytes(2, 3 * MIB);
    try (S3FileSystem fs = open()) {
      write(fs, "/log", old, WriteMode.replace());
      write(fs, "/log", more, WriteMode.append());
      assertArrayEquals(concat(old, more), stored("log"));
      // 12 MiB copied as one part, then 3 MiB of new data: two parts.
      assertTrue(head("log").eTag().endsWith("-2\""), head("log").eTag());
    }
    assertEquals(0, openUploads());
  }

  @Test
  void appendToASmallObjectIsOnePut() throws IOException {
    try (S3FileSystem fs = open()) {
      write(fs, "/small", "abc".getBytes(), WriteMode.append());
      write(fs, "/small", "def".getBytes(), WriteMode.append());
      assertArrayEquals("abcdef".getBytes(), stored("small"));
      assertTrue(!head("small").eTag().contains("-"));
    }
  }

  @Test
  void writeAtAnOffsetKeepsTheBytesAroundIt() throws IOException {
    byte[] old = TestData.bytes(3, 20 * MIB);
    byte[] patch = TestData.bytes(4, MIB);
    int at = 9 * MIB + 5;
    try (S3FileSystem fs = open()) {
      write(fs, "/f", old, WriteMode.replace());
      write(fs, "/f", patch, WriteMode.at(at));
      byte[] expected = old.clone();
      System.arraycopy(patch, 0, expected, at, patch.length);
      assertArrayEquals(expected, stored("f"));
      write(fs, "/f", "end".getBytes(), WriteMode.at(expected.length + 2L));
      assertArrayEquals(concat(expected, new byte[2], "end".getBytes()), stored("f"));
    }
    assertEquals(0, openUploads());
  }

  @Test
  void aConcurrentChangeFailsTheAppendAndKeepsTheWinner() throws IOException {
    byte[] old = TestData.bytes(5, 6 * MIB);
    try (S3FileSystem fs = open()) {
      write(fs, "/shared", old, WriteMode.replace());
      try (Upload upload = fs.openWrite(VirtualPath.of("/shared"), WriteMode.append())) {
        writeFully(upload, "mine".getBytes());
        S3.client().putObject(b -> b.bucket(S3.bucket()).key("shared"),
            RequestBody.fromString("theirs"));
        VfsException e = assertThrows(VfsException.class, upload::commit);
        assertEquals(Kind.UNAVAILABLE, e.kind());
      }
      assertArrayEquals("theirs".getBytes(), stored("shared"));
    }
    assertEquals(0, openUploads());
  }

  @Test
  void anInterruptedUploadResumesAtExactlyTheSizeItKept() throws IOException {
    byte[] content = TestData.bytes(6, 23 * MIB);
    int kept;
    try (S3FileSystem fs = open()) {
      Upload broken = fs.openWrite(VirtualPath.of("/movie"), WriteMode.replace());
      writeFully(broken, Arrays.copyOf(content, 17 * MIB));
      broken.close(); // the transfer broke: no commit, no abort
      assertEquals(1, openUploads(), "kept for resuming");
      assertEquals(Kind.NOT_FOUND, assertThrows(VfsException.class,
          () -> fs.stat(VirtualPath.of("/movie"))).kind(), "and still invisible");
      kept = 15 * MIB; // three full parts of 5 MiB; the 2 MiB tail was lost with the transfer
    }
    try (S3FileSystem other = open()) {
      write(other, "/movie", Arrays.copyOfRange(content, kept, content.length),
          WriteMode.at(kept));
    }
    assertArrayEquals(content, stored("movie"));
    assertEquals(0, openUploads());
  }

  @Test
  void resumingAtAnEarlierPartBoundaryDropsTheLaterParts() throws IOException {
    byte[] content = TestData.bytes(7, 16 * MIB);
    try (S3FileSystem fs = open()) {
      try (Upload broken = fs.openWrite(VirtualPath.of("/f"), WriteMode.replace())) {
        writeFully(broken, content);
      }
      write(fs, "/f", Arrays.copyOfRange(content, 5 * MIB, content.length),
          WriteMode.at(5 * MIB));
      assertArrayEquals(content, stored("f"));
    }
  }

  @Test
  void withoutResumingACloseWithoutCommitAborts() throws IOException {
    try (S3FileSystem fs = open("resume-uploads", "false")) {
      try (Upload broken = fs.openWrite(VirtualPath.of("/f"), WriteMode.replace())) {
        writeFully(broken, TestData.bytes(8, 11 * MIB));
      }
      assertEquals(0, openUploads());
      // No upload to continue: REST + STOR on an absent file writes after a gap of zeros.
      write(fs, "/f", "x".getBytes(), WriteMode.at(3));
      assertArrayEquals(new byte[] {0, 0, 0, 'x'}, stored("f"));
      // A gap is filled with real zero bytes, so it is limited to one part.
      VfsException e = assertThrows(VfsException.class,
          () -> fs.openWrite(VirtualPath.of("/f"), WriteMode.at(4 + 5 * MIB + 1)));
      assertEquals(Kind.UNSUPPORTED, e.kind());
      assertThrows(VfsException.class,
          () -> fs.openWrite(VirtualPath.of("/g"), WriteMode.at(1L << 40)));
    }
  }

  @Test
  void readsSeeTheWholeObjectWhileAnAppendIsUnderway() throws IOException {
    try (S3FileSystem fs = open()) {
      write(fs, "/f", "base".getBytes(), WriteMode.replace());
      try (Upload upload = fs.openWrite(VirtualPath.of("/f"), WriteMode.append())) {
        writeFully(upload, "+more".getBytes());
        try (ReadableByteChannel in = fs.openRead(VirtualPath.of("/f"), 0)) {
          assertArrayEquals("base".getBytes(), Channels.newInputStream(in).readAllBytes());
        }
        upload.commit();
      }
      assertArrayEquals("base+more".getBytes(), stored("f"));
    }
  }
}
