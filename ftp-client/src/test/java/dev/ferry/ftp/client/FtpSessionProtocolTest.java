package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.param.HashAlgorithm;
import dev.ferry.ftp.protocol.param.RepresentationType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The protocol's corner cases, against {@link ScriptedServer}: replies real servers give only in
 * situations a test cannot easily provoke (RFC 959 §5.4 sequences, RFC 2428 fallbacks).
 */
class FtpSessionProtocolTest {
  @Test
  void sendsTheAccountWhenTheServerAsksForOne() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of("PASS", "332 need account\r\n"))) {
      FtpClientConfig config =
          server.config().credentials(Credentials.of("ferry", "secret").withAccount("dept7")).build();
      try (FtpSession session = FtpClient.connect(config)) {
        assertTrue(session.isOpen());
      }
      assertTrue(server.commands().contains("ACCT dept7"), server.commands().toString());
    }
  }

  @Test
  void refusesTheLoginWhenAnAccountIsNeededButNotGiven() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of("PASS", "332 need account\r\n"))) {
      FtpLoginException e =
          assertThrows(FtpLoginException.class, () -> FtpClient.connect(server.config().build()));
      assertEquals(332, e.code());
      assertEquals(Verb.PASS, e.command().orElseThrow().verb());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
  }

  @Test
  void logsInWithoutAPasswordWhenTheServerNeedsNone() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of("USER", "230 welcome\r\n"))) {
      FtpClient.connect(server.config().build()).close();
      assertFalse(server.verbs().contains("PASS"));
    }
  }

  @Test
  void refusedLoginIsALoginException() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of("PASS", "530 wrong\r\n"))) {
      assertEquals(
          530,
          assertThrows(FtpLoginException.class, () -> FtpClient.connect(server.config().build()))
              .code());
    }
  }

  @Test
  void aRefusingGreetingCarriesNoCommand() throws IOException {
    try (ScriptedServer server = ScriptedServer.start("421 too many users\r\n", Map.of())) {
      FtpTransientException e =
          assertThrows(
              FtpTransientException.class, () -> FtpClient.connect(server.config().build()));
      assertTrue(e.command().isEmpty());
      assertEquals("greeting: 421 too many users", e.getMessage());
    }
  }

  @Test
  void waitsThroughA120Greeting() throws IOException {
    try (ScriptedServer server =
        ScriptedServer.start("120 ready in 1 minute\r\n220 ready\r\n", Map.of())) {
      FtpClient.connect(server.config().build()).close();
    }
  }

  @Test
  void fallsBackToPasvOnceAndConnectsToTheControlHost() throws IOException {
    try (ScriptedServer server =
        ScriptedServer.start(Map.of("EPSV", "502 no EPSV here\r\n")).data("payload")) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        for (int i = 0; i < 2; i++) {
          try (InputStream in = session.retrieve("f")) {
            assertEquals("payload", new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
      assertEquals(1, server.verbs().stream().filter("EPSV"::equals).count());
      assertEquals(2, server.verbs().stream().filter("PASV"::equals).count());
    }
  }

  @Test
  void fallsBackToPortWhenEprtIsRefused() throws IOException {
    try (ScriptedServer server =
        ScriptedServer.start(Map.of("EPRT", "500 what is EPRT\r\n")).data("active data")) {
      FtpClientConfig config =
          server
              .config()
              .dataConnectionMode(
                  DataConnectionMode.active(InetAddress.getLoopbackAddress(), 40000, 40100))
              .build();
      try (FtpSession session = FtpClient.connect(config);
          InputStream in = session.retrieve("f")) {
        assertEquals("active data", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      String port = server.commands().stream().filter(c -> c.startsWith("PORT")).findFirst().orElseThrow();
      int p = Integer.parseInt(port.split(",")[4]) * 256 + Integer.parseInt(port.split(",")[5]);
      assertTrue(p >= 40000 && p <= 40100, port);
    }
  }

  @Test
  void aFailureAfterTheDataIsThrownByClose() throws IOException {
    try (ScriptedServer server =
        ScriptedServer.start(Map.of("RETR", "451 disk read error\r\n")).data("partial")) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        FtpInputStream in = session.retrieve("f");
        assertEquals("partial", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        FtpTransientException e = assertThrows(FtpTransientException.class, in::close);
        assertEquals(Verb.RETR, e.command().orElseThrow().verb());
        session.noop();
      }
    }
  }

  @Test
  void uploadsWhatIsWritten() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of())) {
      try (FtpSession session = FtpClient.connect(server.config().build());
          OutputStream out = session.store("f")) {
        out.write("uploaded".getBytes(StandardCharsets.UTF_8));
      }
      assertArrayEquals("uploaded".getBytes(StandardCharsets.UTF_8), server.stored());
    }
  }

  @Test
  void aMalformedReplyBreaksTheSessionForGood() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of("NOOP", "hello there\r\n"))) {
      FtpSession session = FtpClient.connect(server.config().build());
      FtpException e = assertThrows(FtpException.class, session::noop);
      assertTrue(e.getMessage().contains("malformed reply"), e.getMessage());
      assertFalse(session.isOpen());
      FtpException later = assertThrows(FtpException.class, session::workingDirectory);
      assertTrue(later.getMessage().contains("failed earlier"), later.getMessage());
      session.close();
    }
  }

  @Test
  void aMissingReplyTimesOut() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of("NOOP", ScriptedServer.SILENT))) {
      FtpClientConfig config = server.config().replyTimeout(Duration.ofMillis(300)).build();
      FtpSession session = FtpClient.connect(config);
      assertThrows(SocketTimeoutException.class, session::noop);
      assertFalse(session.isOpen());
      session.close();
    }
  }

  @Test
  void aServerThatHangsUpIsReported() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of("NOOP", ScriptedServer.HANG_UP))) {
      FtpSession session = FtpClient.connect(server.config().build());
      FtpException e = assertThrows(FtpException.class, session::noop);
      assertTrue(e.getMessage().contains("closed the control connection"), e.getMessage());
      session.close();
    }
  }

  @Test
  void anEmptyDirectoryRefusedAsNoFilesIsEmpty() throws IOException {
    try (ScriptedServer server =
        ScriptedServer.start(Map.of("LIST", "450 No files found\r\n", "NLST", "550 No files found\r\n"))) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        assertEquals(List.of(), session.list("empty"));
        assertEquals(List.of(), session.listNames("empty"));
      }
    }
  }

  @Test
  void fallsBackToListWhenMlsdIsRefused() throws IOException {
    String unix = "-rw-r--r--   1 ftp ftp  1234 Jan 05  2024 report.csv\r\n";
    try (ScriptedServer server =
        ScriptedServer.start(
                Map.of(
                    "FEAT", "211-Features:\r\n MLST type*;size*;modify*;\r\n211 End\r\n",
                    "MLSD", "502 not today\r\n"))
            .data(unix)) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        List<RemoteFile> files = session.list("/pub");
        assertEquals(1, files.size());
        assertEquals("/pub/report.csv", files.get(0).path());
        assertEquals(1234, files.get(0).size().orElseThrow());
        session.list("/pub");
      }
      assertEquals(1, server.verbs().stream().filter("MLSD"::equals).count());
    }
  }

  @Test
  void readsWindowsAndEplfListings() throws IOException {
    String listing =
        "01-05-24  02:30PM       <DIR>          docs\r\n"
            + "01-05-24  02:31PM                 2048 readme.txt\r\n"
            + "+i8388621.29609,m824255902,/,\tsub\r\n"
            + "+i8388621.44468,m839956783,r,s10376,\tRFCEPLF\r\n";
    try (ScriptedServer server = ScriptedServer.start(Map.of()).data(listing)) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        List<RemoteFile> files = session.list("");
        assertEquals(List.of("docs", "readme.txt", "sub", "RFCEPLF"), files.stream().map(RemoteFile::name).toList());
        assertEquals(EntryType.DIRECTORY, files.get(0).type());
        assertEquals(2048, files.get(1).size().orElseThrow());
        assertTrue(files.get(2).isDirectory());
        assertEquals(10376, files.get(3).size().orElseThrow());
      }
    }
  }

  @Test
  void statWithoutMlstReadsTheParentsListing() throws IOException {
    try (ScriptedServer server =
        ScriptedServer.start(Map.of()).data("-rw-r--r-- 1 a b 42 Jan  1  2024 x.bin\r\n")) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        RemoteFile file = session.stat("/d/x.bin");
        assertEquals("/d/x.bin", file.path());
        assertEquals(42, file.size().orElseThrow());
      }
      assertTrue(server.commands().contains("LIST /d"), server.commands().toString());
    }
  }

  @Test
  void negotiatesUtf8AndTheMlstFacts() throws IOException {
    String feat = "211-Features:\r\n UTF8\r\n MLST type*;size;modify*;perm;media-type;\r\n211 End\r\n";
    try (ScriptedServer server = ScriptedServer.start(Map.of("FEAT", feat))) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        assertTrue(session.features().contains("UTF8"));
      }
      assertTrue(server.commands().contains("OPTS UTF8 ON"));
      assertTrue(server.commands().contains("OPTS MLST type;size;modify;perm;"), server.commands().toString());
      assertTrue(server.commands().contains("TYPE I"));
    }
  }

  @Test
  void aFeatReplyItCannotReadMeansNoFeatures() throws IOException {
    String feat = "211-Features:\r\n bad\u0001name\r\n211 End\r\n";
    try (ScriptedServer server = ScriptedServer.start(Map.of("FEAT", feat))) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        assertTrue(session.features().all().isEmpty());
      }
    }
  }

  @Test
  void aTransferThatSkipsThePreliminaryReplyIsAnError() throws IOException {
    String done = ScriptedServer.instead("226 already done\r\n");
    try (ScriptedServer server = ScriptedServer.start(Map.of("RETR", done))) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        FtpException e = assertThrows(FtpException.class, () -> session.retrieve("/x"));
        assertTrue(e.getMessage().contains("expected 125 or 150"), e.getMessage());
      }
    }
  }

  @Test
  void setsModificationTimeWithTheFormsTheServerKnows() throws IOException {
    Map<String, String> script =
        Map.of("SITE", "500 SITE what\r\n", "MDTM", "213 File modification time set.\r\n");
    try (ScriptedServer server = ScriptedServer.start(script)) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        session.setModificationTime("a b.txt", Instant.parse("2024-01-05T12:34:56.789Z"));
      }
      List<String> commands = server.commands();
      assertTrue(commands.contains("SITE UTIME 20240105123456 a b.txt"), commands.toString());
      assertTrue(commands.contains("MDTM 20240105123456 a b.txt"), commands.toString());
    }
  }

  @Test
  void asksForLegacyChecksums() throws IOException {
    String feat = "211-Features:\r\n XCRC\r\n XMD5\r\n211 End\r\n";
    Map<String, String> script =
        Map.of("FEAT", feat, "XCRC", "250 0001ABCD\r\n", "XMD5", "213 nothing-hex-here\r\n");
    try (ScriptedServer server = ScriptedServer.start(script)) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        assertEquals(Set.of(HashAlgorithm.CRC32, HashAlgorithm.MD5), session.checksumAlgorithms());
        assertEquals("0001abcd", session.checksum("f", HashAlgorithm.CRC32));
        assertTrue(Checksums.same("1abcd", "0001ABCD"));
        assertThrows(FtpException.class, () -> session.checksum("f", HashAlgorithm.MD5));
        assertThrows(FtpException.class, () -> session.checksum("f", HashAlgorithm.SHA_256));
      }
      assertTrue(server.commands().contains("XCRC f"));
    }
  }

  @Test
  void executesAnyCommandAndSite() throws IOException {
    try (ScriptedServer server =
        ScriptedServer.start(Map.of("SYST", "215 UNIX Type: L8\r\n", "SITE", "502 no SITE\r\n"))) {
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        assertEquals("UNIX Type: L8", session.execute(Command.of(Verb.SYST)).text());
        assertThrows(FtpUnsupportedException.class, () -> session.site("IDLE 60"));
        assertThrows(IllegalArgumentException.class, () -> session.execute(Command.of(Verb.CWD, "a\r\nDELE b")));
        assertThrows(IllegalArgumentException.class, () -> session.chmod("f", 010000));
        assertTrue(session.toString().contains("127.0.0.1"));
      }
    }
  }

  @Test
  void connectsByHostNameTryingEachAddress() throws IOException {
    try (ScriptedServer server = ScriptedServer.start(Map.of())) {
      FtpClientConfig byName =
          FtpClientConfig.builder("localhost")
              .port(server.config().build().port())
              .credentials(Credentials.of("ferry", "secret"))
              .build();
      FtpClient.connect(byName).close();
    }
  }

  @Test
  void refusedConnectionsAreReported() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    FtpClientConfig nobody = FtpClientConfig.builder("127.0.0.1").port(port).build();
    assertThrows(ConnectException.class, () -> FtpClient.connect(nobody));
  }

  @Test
  void convertsEbcdicText() throws IOException {
    // "HI" NL "OK" NL in IBM037, NL (0x15) ending each line as RFC 959 §3.1.1.2 has it.
    byte[] ebcdic = {(byte) 0xC8, (byte) 0xC9, 0x15, (byte) 0xD6, (byte) 0xD2, 0x15};
    try (ScriptedServer server = ScriptedServer.start(Map.of()).data(ebcdic)) {
      TransferOptions typeE = TransferOptions.defaults().withType(RepresentationType.EBCDIC);
      try (FtpSession session = FtpClient.connect(server.config().build())) {
        try (InputStream in = session.retrieve("f", 0, typeE)) {
          String nl = System.lineSeparator();
          assertEquals("HI" + nl + "OK" + nl, new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
        try (OutputStream out = session.store("g", 0, typeE)) {
          out.write("HI\n".getBytes(StandardCharsets.US_ASCII));
        }
      }
      assertArrayEquals(new byte[] {(byte) 0xC8, (byte) 0xC9, 0x15}, server.stored());
      assertTrue(server.commands().contains("TYPE E"));
    }
  }
}
