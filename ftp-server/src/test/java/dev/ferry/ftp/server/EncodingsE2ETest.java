package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TYPE E, MODE B, MODE C, STRU R and SIZE in TYPE A over real sockets. Commons Net moves the
 * bytes untouched (its own type stays binary; TYPE, MODE and STRU go to the server as plain
 * commands), so each test states the wire bytes RFC 959 prescribes and parses what the server
 * sends with a decoder written here, independent of Ferry's codecs.
 */
class EncodingsE2ETest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start();
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    server.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static byte[] hex(String spaced) {
    return HexFormat.of().parseHex(spaced.replace(" ", ""));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void store(FTPClient client, String name, byte[] wire) throws IOException {
    assertTrue(client.storeFile(name, new ByteArrayInputStream(wire)), client.getReplyString());
  }

  private static byte[] retrieve(FTPClient client, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(client.retrieveFile(name, out), client.getReplyString());
    return out.toByteArray();
  }

  private static void command(FTPClient client, String line) throws IOException {
    assertEquals(200, client.sendCommand(line), client.getReplyString());
  }

  @Test
  void typeESendsAndReceivesEbcdicLines() throws IOException {
    FTPClient client = server.login();
    try {
      command(client, "TYPE E");
      // Code page 037: H=C8 E=C5 L=D3 O=D6 W=E6 R=D9 D=C4; NL (0x15) ends a line (§3.1.1.2).
      byte[] wire = hex("C8 C5 D3 D3 D6 15 E6 D6 D9 D3 C4 15");
      store(client, "ebcdic.txt", wire);
      assertArrayEquals(ascii("HELLO\nWORLD\n"), server.read("/ebcdic.txt"));
      server.write("/local.txt", ascii("WORLD\nHELLO"));
      assertArrayEquals(hex("E6 D6 D9 D3 C4 15 C8 C5 D3 D3 D6"), retrieve(client, "local.txt"));
      // SIZE cannot promise the EBCDIC size without converting: refused, not guessed.
      assertEquals(550, client.sendCommand("SIZE local.txt"));
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void modeBFramesBothWays() throws IOException {
    FTPClient client = server.login();
    try {
      command(client, "MODE B");
      // Descriptor, 16-bit count, data; 0x40 marks the last block (§3.4.2).
      store(client, "block.bin", hex("00 0003 616263 40 0002 6465"));
      assertArrayEquals(ascii("abcde"), server.read("/block.bin"));
      byte[] content = new byte[200_000];
      for (int i = 0; i < content.length; i++) {
        content[i] = (byte) (i * 31);
      }
      server.write("/big.bin", content);
      assertArrayEquals(content, Blocks.decode(retrieve(client, "big.bin")));
      // An upload cut off before its EOF block fails and leaves nothing behind.
      assertFalse(client.storeFile("cut.bin", new ByteArrayInputStream(hex("00 0003 616263"))));
      assertFalse(exists("/cut.bin"));
      assertEquals(550, client.sendCommand("SIZE big.bin"));
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void modeCCompressesBothWays() throws IOException {
    FTPClient client = server.login();
    try {
      command(client, "MODE C");
      // 0x03: three literal bytes; 0x84: the next byte four times; 0x00 0x40: EOF (§3.4.3).
      store(client, "compressed.bin", hex("03 616263 84 78 00 40"));
      assertArrayEquals(ascii("abcxxxx"), server.read("/compressed.bin"));
      byte[] content = ascii("header" + "a".repeat(1000) + "trailer" + "\0".repeat(100));
      server.write("/runs.bin", content);
      byte[] wire = retrieve(client, "runs.bin");
      assertArrayEquals(content, Compressed.decode(wire, (byte) 0));
      assertTrue(wire.length < 100, "runs are compressed: " + wire.length + " bytes");
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void struRSendsLinesAsRecords() throws IOException {
    FTPClient client = server.login();
    try {
      command(client, "TYPE A");
      command(client, "STRU R");
      server.write("/lines.txt", ascii("one\ntwo\n"));
      // 0xFF 0x01 ends a record; 0xFF 0x03 ends the last record and the file (§3.4.1).
      assertArrayEquals(hex("6F6E65 FF01 74776F FF03"), retrieve(client, "lines.txt"));
      store(client, "records.txt", hex("61 FF01 FFFF 62 FF02"));
      assertArrayEquals(hex("610A FF62"), server.read("/records.txt"));
      // Records need stream mode here: block and compressed framing are not combined with them.
      assertEquals(504, client.sendCommand("MODE B"));
      command(client, "STRU F");
      command(client, "MODE B");
      assertEquals(504, client.sendCommand("STRU R"));
      command(client, "MODE S");
      assertEquals(504, client.sendCommand("STRU P"));
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void sizeInTypeAIsTheSizeOfTheConvertedFile() throws IOException {
    FTPClient client = server.login();
    try {
      server.write("/text.txt", ascii("a\nbb\r\nccc\n"));
      assertEquals(213, client.sendCommand("SIZE text.txt"));
      assertEquals("10", client.getReplyString().substring(4).strip());
      command(client, "TYPE A");
      assertEquals(213, client.sendCommand("SIZE text.txt"));
      String size = client.getReplyString().substring(4).strip();
      assertEquals("12", size);
      // The promise holds: RETR in TYPE A sends exactly that many bytes.
      assertEquals(Integer.parseInt(size), retrieve(client, "text.txt").length);
    } finally {
      TestServer.disconnect(client);
    }
  }

  private static boolean exists(String path) {
    try {
      server.files().stat(dev.ferry.ftp.vfs.VirtualPath.of(path));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A MODE B reader written from RFC 959 §3.4.2, for checking what the server sends. */
  private static final class Blocks {
    static byte[] decode(byte[] wire) {
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      int i = 0;
      boolean eof = false;
      while (!eof) {
        assertTrue(i + 3 <= wire.length, "truncated block header at " + i);
        int descriptor = wire[i] & 0xFF;
        int count = (wire[i + 1] & 0xFF) << 8 | wire[i + 2] & 0xFF;
        assertEquals(0, descriptor & ~0x40, "only data and EOF blocks expected");
        data.write(wire, i + 3, count);
        i += 3 + count;
        eof = (descriptor & 0x40) != 0;
      }
      assertEquals(wire.length, i, "nothing after the EOF block");
      return data.toByteArray();
    }
  }

  /** A MODE C reader written from RFC 959 §3.4.3. */
  private static final class Compressed {
    static byte[] decode(byte[] wire, byte filler) {
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      int i = 0;
      while (true) {
        int head = wire[i++] & 0xFF;
        if (head == 0) {
          assertEquals(0x40, wire[i++] & 0xFF, "only the EOF control expected");
          break;
        }
        int n = head & 0x3F;
        switch (head >> 6) {
          case 0, 1 -> {
            data.write(wire, i, head);
            i += head;
          }
          case 2 -> {
            for (int k = 0; k < n; k++) {
              data.write(wire[i]);
            }
            i++;
          }
          default -> {
            for (int k = 0; k < n; k++) {
              data.write(filler);
            }
          }
        }
      }
      assertEquals(wire.length, i, "nothing after EOF");
      return data.toByteArray();
    }
  }
}
