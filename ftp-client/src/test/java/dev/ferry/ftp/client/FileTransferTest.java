package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.param.RepresentationType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-file transfers between a {@link Path} and the server, against {@link ScriptedServer}: the
 * binary ones move through the data connection's channel and a direct buffer both ways,
 * text ones through the streams; the data timeout holds either way.
 */
class FileTransferTest {
  /** More than the download buffer, and not a multiple of it. */
  private static final int SIZE = 3 * 256 * 1024 + 12_345;

  @TempDir Path dir;

  private static byte[] randomBytes() {
    byte[] bytes = new byte[SIZE];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  @Test
  void downloadsABinaryFileWholeAndWithoutAskingItsSize() throws IOException {
    byte[] data = randomBytes();
    try (ScriptedServer server = ScriptedServer.start(Map.of()).data(data);
        FtpSession session = FtpClient.connect(server.config().build())) {
      Path local = dir.resolve("down.bin");
      Files.write(local, new byte[SIZE * 2]);
      TransferResult result = session.download("f", local);
      assertArrayEquals(data, Files.readAllBytes(local));
      assertEquals(SIZE, result.bytesTransferred());
      // Nothing needs the size without resume or a listener: one round trip fewer per file.
      assertFalse(server.verbs().contains("SIZE"), server.verbs().toString());
      session.noop();
    }
  }

  @Test
  void asksForTheSizeWhenAListenerWantsTheTotal() throws IOException {
    try (ScriptedServer server =
            ScriptedServer.start(Map.of("SIZE", "213 " + SIZE + "\r\n")).data(randomBytes());
        FtpSession session = FtpClient.connect(server.config().build())) {
      session.download(
          "f", dir.resolve("down.bin"), TransferOptions.defaults().withListener(progress -> {}));
      assertTrue(server.verbs().contains("SIZE"), server.verbs().toString());
    }
  }

  @Test
  void uploadsABinaryFileWhole() throws IOException {
    byte[] data = randomBytes();
    Path local = Files.write(dir.resolve("up.bin"), data);
    try (ScriptedServer server = ScriptedServer.start(Map.of());
        FtpSession session = FtpClient.connect(server.config().build())) {
      TransferResult result = session.upload(local, "f");
      assertEquals(SIZE, result.bytesTransferred());
      session.noop();
      assertArrayEquals(data, server.stored());
    }
  }

  @Test
  void textFilesGoThroughTheConversion() throws IOException {
    String lines = "one" + System.lineSeparator() + "two" + System.lineSeparator();
    TransferOptions ascii = TransferOptions.defaults().withType(RepresentationType.ASCII);
    try (ScriptedServer server = ScriptedServer.start(Map.of()).data("one\r\ntwo\r\n");
        FtpSession session = FtpClient.connect(server.config().build())) {
      Path down = dir.resolve("down.txt");
      session.download("f", down, ascii);
      assertEquals(lines, Files.readString(down));
      session.upload(Files.writeString(dir.resolve("up.txt"), lines), "g", ascii);
      session.noop();
      assertEquals("one\r\ntwo\r\n", new String(server.stored(), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void aStalledDownloadTimesOutAndTheSessionGoesOn() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of()).stall();
        FtpSession session =
            FtpClient.connect(server.config().dataTimeout(Duration.ofMillis(300)).build())) {
      Path local = dir.resolve("never.bin");
      assertThrows(SocketTimeoutException.class, () -> session.download("f", local));
      assertTrue(server.verbs().contains("ABOR"), server.verbs().toString());
      session.noop();
    }
  }

  @Test
  void streamsCopyToTheirEnd() throws IOException {
    byte[] data = randomBytes();
    try (ScriptedServer server = ScriptedServer.start(Map.of()).data(data);
        FtpSession session = FtpClient.connect(server.config().build())) {
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      try (FtpInputStream in = session.retrieve("f")) {
        assertEquals(SIZE, in.transferTo(copy));
        assertEquals(0, in.transferTo(copy));
      }
      assertArrayEquals(data, copy.toByteArray());
    }
  }
}
