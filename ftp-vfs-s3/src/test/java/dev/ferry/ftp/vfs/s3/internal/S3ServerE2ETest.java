package dev.ferry.ftp.vfs.s3.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.testkit.vfs.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ferry's FTP server with the {@code s3} backend as a user's home, driven by Commons Net over
 * real sockets; every object is checked byte for byte through the S3 API.
 */
class S3ServerE2ETest {
  @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();

  private static final int MIB = 1 << 20;

  private FerryOnS3 ferry;
  private FerryOnS3.Client ftp;

  @BeforeEach
  void start() throws IOException {
    ferry = FerryOnS3.start(S3.config().with("part-size", "5MiB"));
    ftp = ferry.login();
  }

  @AfterEach
  void stop() {
    ferry.close();
  }

  static void store(FerryOnS3.Client ftp, String path, byte[] content) throws IOException {
    assertTrue(ftp.storeFile(path, new ByteArrayInputStream(content)), ftp.getReplyString());
  }

  static byte[] retrieve(FerryOnS3.Client ftp, String path) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ftp.retrieveFile(path, out), ftp.getReplyString());
    return out.toByteArray();
  }

  @Test
  void storesSmallAndMultipartFilesWhole() throws IOException {
    byte[] small = TestData.bytes(1, 1000);
    byte[] big = TestData.bytes(2, 13 * MIB + 12_345);
    store(ftp, "small.bin", small);
    store(ftp, "big.bin", big);
    assertArrayEquals(small, S3.object("small.bin"));
    assertArrayEquals(big, S3.object("big.bin"));
    assertTrue(S3.client().headObject(b -> b.bucket(S3.bucket()).key("big.bin")).eTag()
        .endsWith("-3\""), "13 MiB in 5 MiB parts is a multipart upload of 3 parts");
    assertEquals(0, S3.openMultipartUploads());
    assertArrayEquals(big, retrieve(ftp, "big.bin"));
    assertEquals(String.valueOf(big.length), sizeOf(ftp, "big.bin"));
  }

  @Test
  void retrievesFromAnOffset() throws IOException {
    byte[] content = TestData.bytes(3, 7 * MIB + 3);
    S3.put("dir/file.bin", content);
    ftp.setRestartOffset(6 * MIB + 1);
    assertArrayEquals(Arrays.copyOfRange(content, 6 * MIB + 1, content.length),
        retrieve(ftp, "/dir/file.bin"));
    ftp.setRestartOffset(0);
    assertArrayEquals(content, retrieve(ftp, "/dir/file.bin"));
  }

  @Test
  void appendsToSmallAndLargeFiles() throws IOException {
    byte[] head = TestData.bytes(4, 6 * MIB);
    byte[] tail = TestData.bytes(5, 2 * MIB + 7);
    store(ftp, "log.bin", head);
    assertTrue(ftp.appendFile("log.bin", new ByteArrayInputStream(tail)), ftp.getReplyString());
    assertArrayEquals(concat(head, tail), S3.object("log.bin"));
    assertTrue(ftp.appendFile("new.txt", new ByteArrayInputStream(tail)), ftp.getReplyString());
    assertArrayEquals(tail, S3.object("new.txt"));
    assertEquals(0, S3.openMultipartUploads());
  }

  @Test
  void resumesAnUploadWhoseClientStoppedAtTheSizeItReports() throws IOException {
    byte[] content = TestData.bytes(6, 12 * MIB + 99);
    int sent = 7 * MIB + 5;
    // The client stops sending and closes the data connection: in stream mode that is the end
    // of the file (RFC 959 §3.4.1), so the first part is stored and SIZE shows where to go on.
    OutputStream out = ftp.storeFileStream("resume.bin");
    out.write(content, 0, sent);
    out.close();
    assertTrue(ftp.completePendingCommand(), ftp.getReplyString());
    long offset = Long.parseLong(sizeOf(ftp, "resume.bin"));
    assertEquals(sent, offset);
    ftp.setRestartOffset(offset);
    assertTrue(ftp.storeFile("resume.bin", new ByteArrayInputStream(content, sent,
        content.length - sent)), ftp.getReplyString());
    assertArrayEquals(content, S3.object("resume.bin"));
    assertEquals(0, S3.openMultipartUploads());
  }

  @Test
  void aBrokenUploadLeavesNothingBehind() throws IOException {
    S3.put("kept.bin", TestData.bytes(7, 1000));
    for (String name : List.of("broken.bin", "kept.bin")) {
      Socket data = ftp.openData("STOR", name);
      data.getOutputStream().write(TestData.bytes(8, 11 * MIB));
      data.setSoLinger(true, 0);
      data.close();
      assertFalse(ftp.completePendingCommand(), ftp.getReplyString());
      assertEquals(426, ftp.getReplyCode(), ftp.getReplyString());
    }
    assertEquals(List.of("kept.bin"), List.copyOf(S3.keys().keySet()));
    assertArrayEquals(TestData.bytes(7, 1000), S3.object("kept.bin"));
    assertEquals(0, S3.openMultipartUploads());
    assertEquals(550, ftp.sendCommand("SIZE", "broken.bin"));
  }

  @Test
  void makesEntersListsAndRemovesAnEmptyDirectory() throws IOException {
    assertTrue(ftp.makeDirectory("empty"), ftp.getReplyString());
    assertEquals(0L, S3.keys().get("empty/"), "MKD writes the marker object");
    assertTrue(ftp.changeWorkingDirectory("empty"), ftp.getReplyString());
    assertEquals("/empty", ftp.printWorkingDirectory());
    assertEquals(0, ftp.listFiles().length);
    assertEquals(List.of(), entries(ftp.mlistDir()));
    assertTrue(ftp.changeToParentDirectory(), ftp.getReplyString());
    assertTrue(ftp.removeDirectory("empty"), ftp.getReplyString());
    assertTrue(S3.keys().isEmpty());
  }

  @Test
  void listsFilesAndDirectoriesWithListAndMlsd() throws IOException {
    S3.put("a.txt", TestData.bytes(9, 10));
    S3.put("b/c.txt", TestData.bytes(10, 20));
    S3.put("d/", new byte[0]);
    TreeMap<String, String> list = new TreeMap<>();
    for (FTPFile file : ftp.listFiles("/")) {
      list.put(file.getName(), file.isDirectory() ? "dir" : String.valueOf(file.getSize()));
    }
    assertEquals(new TreeMap<>(Map.of("a.txt", "10", "b", "dir", "d", "dir")), list);
    TreeMap<String, String> mlsd = new TreeMap<>();
    for (FTPFile file : entries(ftp.mlistDir("/"))) {
      mlsd.put(file.getName(), file.isDirectory() ? "dir" : String.valueOf(file.getSize()));
    }
    assertEquals(list, mlsd);
    assertEquals(List.of("c.txt"), entries(ftp.mlistDir("/b")).stream().map(FTPFile::getName)
        .toList());
  }

  @Test
  void renamesAFileAndAFolderServerSide() throws IOException {
    byte[] file = TestData.bytes(11, 6 * MIB);
    S3.put("f.bin", file);
    S3.put("dir/x.bin", TestData.bytes(12, 100));
    S3.put("dir/sub/y.bin", TestData.bytes(13, 200));
    assertTrue(ftp.rename("f.bin", "g.bin"), ftp.getReplyString());
    assertTrue(ftp.rename("dir", "moved"), ftp.getReplyString());
    assertEquals(new TreeSet<>(List.of("g.bin", "moved/sub/y.bin", "moved/x.bin")),
        new TreeSet<>(S3.keys().keySet()));
    assertArrayEquals(file, S3.object("g.bin"));
    assertArrayEquals(TestData.bytes(13, 200), S3.object("moved/sub/y.bin"));
  }

  @Test
  void deletesFilesAndKeepsTheirDirectory() throws IOException {
    S3.put("dir/only.txt", TestData.bytes(14, 5));
    assertTrue(ftp.deleteFile("dir/only.txt"), ftp.getReplyString());
    assertEquals(List.of("dir/"), List.copyOf(S3.keys().keySet()));
    assertFalse(ftp.deleteFile("dir/only.txt"));
    assertEquals(550, ftp.getReplyCode());
    assertTrue(ftp.removeDirectory("dir"), ftp.getReplyString());
    assertTrue(S3.keys().isEmpty());
    assertFalse(ftp.removeDirectory("dir"));
    assertEquals(550, ftp.getReplyCode());
  }

  @Test
  void refusesToRemoveADirectoryThatIsNotEmpty() throws IOException {
    S3.put("full/file.txt", TestData.bytes(15, 5));
    assertFalse(ftp.removeDirectory("full"));
    assertEquals(550, ftp.getReplyCode(), ftp.getReplyString());
    assertArrayEquals(TestData.bytes(15, 5), S3.object("full/file.txt"));
  }

  static String sizeOf(FerryOnS3.Client ftp, String path) throws IOException {
    assertEquals(213, ftp.sendCommand("SIZE", path), ftp.getReplyString());
    return ftp.getReplyString().substring(4).strip();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** An MLSD listing without its {@code type=cdir} and {@code type=pdir} lines (RFC 3659). */
  static List<FTPFile> entries(FTPFile[] mlsd) {
    return Arrays.stream(mlsd).filter(f -> !f.getName().equals(".") && !f.getName().equals(".."))
        .toList();
  }
}
