package dev.ferry.ftp.vfs.s3.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.testkit.vfs.TestData;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileType;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/** What the contract cannot see: what lands in the bucket, checked through the S3 API. */
class S3BackendTest {
  @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();

  private static final long MIB = 1 << 20;

  private static S3FileSystem open(String... settings) throws IOException {
    VfsConfig config = S3.config();
    for (int i = 0; i < settings.length; i += 2) {
      config = config.with(settings[i], settings[i + 1]);
    }
    return (S3FileSystem) VfsProviders.open("s3", config);
  }

  private static VirtualPath path(String p) {
    return VirtualPath.of(p);
  }

  private static void upload(VirtualFileSystem fs, String p, ReadableByteChannel source)
      throws IOException {
    try (Upload upload = fs.openWrite(path(p), WriteMode.replace())) {
      ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
      while (source.read(buffer) >= 0 || buffer.position() > 0) {
        buffer.flip();
        upload.write(buffer);
        buffer.compact();
      }
      upload.commit();
    }
  }

  private static void write(VirtualFileSystem fs, String p, byte[] content) throws IOException {
    upload(fs, p, Channels.newChannel(new java.io.ByteArrayInputStream(content)));
  }

  private static byte[] read(VirtualFileSystem fs, String p, long offset) throws IOException {
    try (ReadableByteChannel in = fs.openRead(path(p), offset)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteBuffer buffer = ByteBuffer.allocate(8192);
      while (in.read(buffer) >= 0) {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      return out.toByteArray();
    }
  }

  private static HeadObjectResponse head(String key) {
    return S3.client().headObject(b -> b.bucket(S3.bucket()).key(key));
  }

  private static Map<String, Long> keys() {
    Map<String, Long> keys = new TreeMap<>();
    S3.client().listObjectsV2Paginator(b -> b.bucket(S3.bucket())).contents()
        .forEach(o -> keys.put(o.key(), o.size()));
    return keys;
  }

  private static int openUploads() {
    return S3.client().listMultipartUploads(b -> b.bucket(S3.bucket())).uploads().size();
  }

  private static TestData.Digest digestOf(String key) throws IOException {
    try (ReadableByteChannel in = Channels.newChannel(
        S3.client().getObject(b -> b.bucket(S3.bucket()).key(key)))) {
      return TestData.digest(in);
    }
  }

  @Test
  void hundredMibGoesUpInParallelPartsAndComesBackIntact() throws IOException {
    long size = 100 * MIB;
    try (S3FileSystem fs = open("part-size", "5MiB", "upload-concurrency", "4")) {
      upload(fs, "/big.bin", TestData.channel(7, size));
      HeadObjectResponse head = head("big.bin");
      assertEquals(size, head.contentLength());
      assertTrue(head.eTag().endsWith("-20\""), "20 parts of 5 MiB: " + head.eTag());
      assertEquals(TestData.digest(TestData.channel(7, size)), digestOf("big.bin"));
      try (ReadableByteChannel in = fs.openRead(path("/big.bin"), 0)) {
        assertEquals(TestData.digest(TestData.channel(7, size)), TestData.digest(in));
      }
    }
    assertEquals(0, openUploads());
  }

  @Test
  void partsGrowAsTheUploadGoesOn() throws IOException {
    try (S3FileSystem fs = open("part-size", "5MiB")) {
      fs.growEvery = 2;
      // 5 + 5 + 10 + 10 + (part of 20): five parts for 36 MiB.
      upload(fs, "/grown.bin", TestData.channel(8, 36 * MIB));
      assertTrue(head("grown.bin").eTag().endsWith("-5\""), head("grown.bin").eTag());
      assertEquals(TestData.digest(TestData.channel(8, 36 * MIB)), digestOf("grown.bin"));
    }
  }

  @Test
  void smallFilesAreOnePutAndEmptyFilesExist() throws IOException {
    try (S3FileSystem fs = open()) {
      write(fs, "/small", TestData.bytes(1, 4000));
      write(fs, "/empty", new byte[0]);
      assertFalse(head("small").eTag().contains("-"), "a single PUT");
      assertEquals(Map.of("empty", 0L, "small", 4000L), keys());
    }
  }

  @Test
  void rangedReadsFromAnyOffset() throws IOException {
    byte[] content = TestData.bytes(3, (int) (3 * MIB + 123));
    try (S3FileSystem fs = open()) {
      write(fs, "/r", content);
      for (long offset : new long[] {0, 1, 4095, MIB, 3 * MIB, content.length - 1}) {
        assertArrayEquals(Arrays.copyOfRange(content, (int) offset, content.length),
            read(fs, "/r", offset), "from " + offset);
      }
      assertEquals(0, read(fs, "/r", content.length + 5L).length);
      try (ReadableByteChannel in = fs.openRead(path("/r"), 100)) {
        ByteBuffer some = ByteBuffer.allocate(10);
        in.read(some);
        assertArrayEquals(Arrays.copyOfRange(content, 100, 100 + some.position()),
            Arrays.copyOf(some.array(), some.position()));
      } // closed early: the rest is never fetched
    }
  }

  @Test
  void abortedUploadLeavesNoParts() throws IOException {
    try (S3FileSystem fs = open("part-size", "5MiB")) {
      Upload upload = fs.openWrite(path("/gone"), WriteMode.replace());
      ByteBuffer data = ByteBuffer.wrap(TestData.bytes(4, (int) (12 * MIB)));
      while (data.hasRemaining()) {
        upload.write(data);
      }
      assertEquals(1, openUploads(), "two parts are on their way");
      upload.abort();
      assertEquals(0, openUploads(), "aborted through the S3 API");
      assertEquals(Map.of(), keys());
      assertThrows(IOException.class, () -> upload.write(ByteBuffer.allocate(1)));
    }
  }

  @Test
  void directoriesAreMarkersAndPrefixes() throws IOException {
    try (S3FileSystem fs = open()) {
      fs.createDirectory(path("/empty"));
      fs.createDirectory(path("/docs"));
      write(fs, "/docs/a.txt", "a".getBytes());
      assertEquals(Map.of("docs/", 0L, "docs/a.txt", 1L, "empty/", 0L), keys());
      // A directory made by another tool: only keys below it, no marker.
      S3.client().putObject(b -> b.bucket(S3.bucket()).key("implied/deep/f"), RequestBody
          .fromString("f"));
      assertEquals(FileType.DIRECTORY, fs.stat(path("/implied")).type());
      assertEquals(FileType.DIRECTORY, fs.stat(path("/implied/deep")).type());
      // Deleting its last file keeps it: a marker takes the file's place.
      fs.delete(path("/implied/deep/f"));
      assertEquals(FileType.DIRECTORY, fs.stat(path("/implied/deep")).type());
      assertTrue(keys().containsKey("implied/deep/"));
      fs.deleteDirectory(path("/implied/deep"));
      assertTrue(keys().containsKey("implied/"), "and so on up the tree");
    }
  }

  @Test
  void aFileAndADirectoryOfTheSameNameListOnceAsTheFile() throws IOException {
    // Other tools can store "a" and "a/inner" side by side (S3Proxy's file-backed store cannot,
    // so the page is built here). Between the two, keys such as "a!" sort before "a/".
    ListObjectsV2Response page = ListObjectsV2Response.builder().isTruncated(false)
        .contents(object("d/a"), object("d/a!"), object("d/b"))
        .commonPrefixes(CommonPrefix.builder().prefix("d/a-b/").build(),
            CommonPrefix.builder().prefix("d/a/").build(),
            CommonPrefix.builder().prefix("d/c/").build())
        .build();
    Map<String, FileType> listed = new TreeMap<>();
    try (S3Cursor cursor = new S3Cursor(null, path("/d"), "d/", page)) {
      for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
        assertEquals(null, listed.put(e.name(), e.attributes().type()), "twice: " + e.name());
      }
    }
    assertEquals(Map.of("a", FileType.FILE, "a!", FileType.FILE, "a-b", FileType.DIRECTORY,
        "b", FileType.FILE, "c", FileType.DIRECTORY), listed);
  }

  private static S3Object object(String key) {
    return S3Object.builder().key(key).size(1L).eTag("\"e\"").lastModified(Instant.EPOCH)
        .build();
  }

  @Test
  void keysThatNoPathCanNameAreSkipped() throws IOException {
    try (S3FileSystem fs = open()) {
      for (String key : new String[] {"ok", "back\\slash", "double//slash", "ctl\u0001"}) {
        S3.client().putObject(b -> b.bucket(S3.bucket()).key(key), RequestBody.fromString(key));
      }
      Map<String, FileType> listed = new TreeMap<>();
      try (DirectoryCursor cursor = fs.list(VirtualPath.ROOT)) {
        for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
          listed.put(e.name(), e.attributes().type());
        }
      }
      // S3Proxy's file-backed store folds "double//slash" into "double/slash"; the empty name
      // a real S3 keeps there is skipped by Keys.name (see KeysTest).
      assertEquals(Map.of("ok", FileType.FILE, "double", FileType.DIRECTORY), listed);
    }
  }

  @Test
  void directoryRenameMovesEveryKeyAndKeepsTimes() throws IOException {
    Instant when = Instant.parse("2001-02-03T04:05:06Z");
    try (S3FileSystem fs = open("rename-concurrency", "4")) {
      fs.createDirectory(path("/src"));
      fs.createDirectory(path("/src/empty"));
      for (int i = 0; i < 25; i++) {
        write(fs, "/src/f" + i, ("file " + i).getBytes());
      }
      S3.client().putObject(b -> b.bucket(S3.bucket()).key("src/sub/deep"), RequestBody.empty());
      fs.setModifiedTime(path("/src/f3"), when);
      fs.rename(path("/src"), path("/dst"));
      Map<String, Long> keys = keys();
      assertTrue(keys.keySet().stream().noneMatch(k -> k.startsWith("src")), "" + keys);
      assertEquals(28, keys.size(), "25 files, a deep one and two markers: " + keys);
      assertArrayEquals("file 7".getBytes(), read(fs, "/dst/f7", 0));
      assertEquals(when, fs.stat(path("/dst/f3")).modified());
      assertTrue(fs.stat(path("/dst/empty")).isDirectory());
      assertEquals(Kind.NOT_FOUND,
          assertThrows(VfsException.class, () -> fs.stat(path("/src"))).kind());
    }
  }

  @Test
  void objectsAboveTheCopyLimitAreCopiedInParts() throws IOException {
    try (S3FileSystem fs = open()) {
      // S3 copies up to 5 GiB in one request; the same path, scaled down to 6 MiB.
      fs.copier().singleCopyLimit = 6 * MIB;
      fs.copier().copyPart = 5 * MIB;
      upload(fs, "/big", TestData.channel(10, 13 * MIB));
      fs.createDirectory(path("/dir"));
      upload(fs, "/dir/small", TestData.channel(11, MIB));
      fs.rename(path("/big"), path("/dir/big"));
      assertTrue(head("dir/big").eTag().endsWith("-3\""), head("dir/big").eTag());
      fs.rename(path("/dir"), path("/moved"));
      assertEquals(Map.of("moved/", 0L, "moved/big", 13 * MIB, "moved/small", MIB), keys());
      assertEquals(TestData.digest(TestData.channel(10, 13 * MIB)), digestOf("moved/big"));
      assertEquals(TestData.digest(TestData.channel(11, MIB)), digestOf("moved/small"));
    }
    assertEquals(0, openUploads());
  }

  @Test
  void modificationTimeLivesInMetadataAndShowsInListings() throws IOException {
    Instant when = Instant.parse("1999-12-31T23:59:59.5Z");
    try (S3FileSystem fs = open()) {
      write(fs, "/f", "x".getBytes());
      write(fs, "/g", "y".getBytes());
      fs.setModifiedTime(path("/f"), when);
      assertEquals("946684799.5", head("f").metadata().get("mtime"));
      assertEquals(when, fs.stat(path("/f")).modified());
      try (DirectoryCursor cursor = fs.list(VirtualPath.ROOT)) {
        DirectoryEntry f = cursor.next();
        assertEquals(when, f.attributes().modified());
        assertTrue(cursor.next().attributes().modified().isAfter(when));
      }
      fs.createDirectory(path("/d"));
      fs.setModifiedTime(path("/d"), when);
      assertEquals(when, fs.stat(path("/d")).modified());
      fs.rename(path("/f"), path("/d/f"));
      assertEquals(when, fs.stat(path("/d/f")).modified(), "a move keeps the time");
    }
  }

  @Test
  void sweepAbortsStaleUploadsUnderThePrefixOnly() throws IOException {
    String mine = S3.client().createMultipartUpload(b -> b.bucket(S3.bucket()).key("home/x"))
        .uploadId();
    S3.client().createMultipartUpload(b -> b.bucket(S3.bucket()).key("other/y"));
    try (S3FileSystem fs = open("prefix", "home", "stale-upload-age", "1h")) {
      assertEquals(0, fs.sweeper().sweep(), "nothing is an hour old yet");
    }
    Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
    try (S3FileSystem fs = S3FileSystem.open(S3Settings.from(S3.config()
        .with("prefix", "home").with("stale-upload-age", "1h")), later)) {
      assertEquals(1, fs.sweeper().sweep());
    }
    var left = S3.client().listMultipartUploads(b -> b.bucket(S3.bucket())).uploads();
    assertEquals(1, left.size());
    assertEquals("other/y", left.get(0).key());
    assertFalse(left.get(0).uploadId().equals(mine));
  }

  @Test
  void prefixesKeepTreesApartOnOneBucket() throws IOException {
    try (S3FileSystem ann = open("prefix", "/homes/ann/");
        S3FileSystem bob = open("prefix", "homes/bob")) {
      write(ann, "/notes", "ann".getBytes());
      write(bob, "/notes", "bob".getBytes());
      assertArrayEquals("ann".getBytes(), read(ann, "/notes", 0));
      assertArrayEquals("bob".getBytes(), read(bob, "/notes", 0));
      assertEquals(Map.of("homes/ann/notes", 3L, "homes/bob/notes", 3L), keys());
    }
  }

  @Test
  void twoFileSystemsOnOneBucketSeeEachOthersWork() throws IOException {
    try (S3FileSystem one = open(); S3FileSystem two = open()) {
      one.createDirectory(path("/shared"));
      upload(one, "/shared/data", TestData.channel(9, 7 * MIB));
      try (DirectoryCursor cursor = two.list(path("/shared"))) {
        DirectoryEntry entry = cursor.next();
        assertEquals("data", entry.name());
        assertEquals(7 * MIB, entry.attributes().size());
      }
      try (ReadableByteChannel in = two.openRead(path("/shared/data"), 0)) {
        assertEquals(TestData.digest(TestData.channel(9, 7 * MIB)), TestData.digest(in));
      }
      two.rename(path("/shared/data"), path("/shared/moved"));
      assertEquals(7 * MIB, one.stat(path("/shared/moved")).size());
    }
  }

  @Test
  void createNewLosesToAnUploadThatCommittedFirst() throws IOException {
    try (S3FileSystem fs = open()) {
      try (Upload upload = fs.openWrite(path("/race"), WriteMode.createNew())) {
        upload.write(ByteBuffer.wrap("loser".getBytes()));
        S3.client().putObject(b -> b.bucket(S3.bucket()).key("race"),
            RequestBody.fromString("winner"));
        assertEquals(Kind.ALREADY_EXISTS,
            assertThrows(VfsException.class, upload::commit).kind());
      }
      assertArrayEquals("winner".getBytes(), read(fs, "/race", 0));
    }
  }

  @Test
  void unusedObjectsInTheListingAreNotFetched() {
    S3Object plain = S3Object.builder().key("k").eTag("\"0cc175b9c0f1b6a831c399e269772661\"")
        .build();
    assertFalse(Copier.hasTimeMark(plain.eTag()));
    assertTrue(Copier.hasTimeMark("\"d41d8cd98f00b204e9800998ecf8427e-1\""));
    assertFalse(Copier.hasTimeMark("\"d41d8cd98f00b204e9800998ecf8427e-11\""));
  }

  @Test
  void keysLongerThanS3AllowsAreInvalidNames() throws IOException {
    try (S3FileSystem fs = open()) {
      String name = "n".repeat(200);
      VirtualPath deep = VirtualPath.of(String.join("/", name, name, name, name, name, name));
      assertEquals(Kind.INVALID_NAME, assertThrows(VfsException.class,
          () -> fs.openWrite(deep, WriteMode.replace())).kind());
    }
  }
}
