package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.ftp.tls.SessionReuse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ferry's FTPS listeners with the command-line clients people use: curl (explicit {@code
 * --ssl-reqd} and implicit {@code ftps://}; resumes the control session on data connections),
 * Python's ftplib {@code FTP_TLS} with {@code prot_p()} (never resumes) and lftp ({@code
 * ftp:ssl-force}). Each on TLS 1.2 and TLS 1.3, under the reuse rule that shows what it can do.
 * A test is skipped where the tool is not installed.
 */
class FtpsToolsE2ETest {
  private static final byte[] CONTENT = "line of a protected file\n".repeat(8000)
      .getBytes(StandardCharsets.US_ASCII);

  @TempDir
  Path dir;

  /**
   * curl resumes: upload, then two downloads and a listing on one control connection. Uploads
   * only on TLS 1.2: curl 7.88 ends an upload with one non-blocking read, its close_notify and
   * close; when the session ticket the server sends after the data connection's handshake arrives
   * after that, the client's kernel answers it with a reset and drops the upload bytes it has not
   * sent yet, so the server reads a truncated upload ({@code 426}). Measured with strace: a small
   * upload loses the race nearly always, a large one seldom; vsftpd shows the same (issue 8).
   */
  @ParameterizedTest(name = "{0} {1} implicit={2}")
  @CsvSource({
      "REQUIRE, 1.2, false", "REQUIRE, 1.3, false", "REQUIRE, 1.2, true", "REQUIRE, 1.3, true",
      "WARN, 1.2, false", "WARN, 1.3, false", "OFF, 1.2, false", "OFF, 1.3, true"})
  void curl(SessionReuse reuse, String tlsVersion, boolean implicit) throws Exception {
    assumeTrue(Ftps.installed("curl"), "curl is not installed");
    Files.write(dir.resolve("up.bin"), CONTENT);
    try (TestServer server = Ftps.start(reuse)) {
      String base = implicit
          ? "ftps://127.0.0.1:" + Ftps.implicitPort(server)
          : "ftp://127.0.0.1:" + Ftps.explicitPort(server);
      List<String> tls = List.of("--ssl-reqd", "-k", "--tlsv" + tlsVersion,
          "--tls-max", tlsVersion, "-u", "alice:" + TestServer.PASSWORD, "-sS",
          "--max-time", "30");
      if (tlsVersion.equals("1.2")) {
        Ftps.Result upload = Ftps.run(dir, concat(List.of("curl"), tls,
            List.of("-T", "up.bin", base + "/up.bin")));
        assertEquals(0, upload.exitCode(), upload.output());
        assertArrayEquals(CONTENT, server.read("/up.bin"));
      } else {
        server.write("/up.bin", CONTENT);
      }

      Ftps.Result downloads = Ftps.run(dir, concat(List.of("curl"), tls, List.of(
          base + "/up.bin", "-o", "one.bin", base + "/up.bin", "-o", "two.bin",
          base + "/", "-o", "list.txt")));
      assertEquals(0, downloads.exitCode(), downloads.output());
      assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve("one.bin")));
      assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve("two.bin")));
      assertTrue(Files.readString(dir.resolve("list.txt")).contains("up.bin"));
      server.assertIdle();
    }
  }

  /**
   * ftplib never resumes: 522 under REQUIRE, every transfer under WARN. A download comes first:
   * refused, the client reads the end of the data connection and then the 522; an upload would
   * race the server's close with its first write.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"REQUIRE, 1.2", "REQUIRE, 1.3", "WARN, 1.2", "WARN, 1.3", "OFF, 1.2", "OFF, 1.3"})
  void pythonFtplib(SessionReuse reuse, String tlsVersion) throws Exception {
    assumeTrue(Ftps.installed("python3"), "python3 is not installed");
    try (TestServer server = Ftps.start(reuse)) {
      server.write("/down.bin", CONTENT);
      Path script = dir.resolve("client.py");
      Files.writeString(script, """
          import ftplib, io, ssl, sys
          port, version = int(sys.argv[1]), sys.argv[2]
          ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
          ctx.check_hostname = False
          ctx.verify_mode = ssl.CERT_NONE
          v = ssl.TLSVersion.TLSv1_3 if version == "1.3" else ssl.TLSVersion.TLSv1_2
          ctx.minimum_version = ctx.maximum_version = v
          ftp = ftplib.FTP_TLS(context=ctx, timeout=20)
          ftp.connect("127.0.0.1", port)
          ftp.login("alice", "secret")
          ftp.prot_p()
          try:
              out = io.BytesIO()
              ftp.retrbinary("RETR down.bin", out.write)
              names = ftp.nlst()
              ftp.storbinary("STOR up.bin", io.BytesIO(b"x" * 100000))
              print("OK", len(out.getvalue()), ftp.sock.version(), names)
          except ftplib.error_perm as e:
              print("REFUSED", e)
          ftp.quit()
          """);
      Ftps.Result result = Ftps.run(dir, List.of("python3", script.toString(),
          String.valueOf(Ftps.explicitPort(server)), tlsVersion));
      assertEquals(0, result.exitCode(), result.output());
      if (reuse == SessionReuse.REQUIRE) {
        assertTrue(result.output().startsWith("REFUSED 522"), result.output());
      } else {
        assertTrue(result.output().startsWith("OK " + CONTENT.length + " TLSv" + tlsVersion),
            result.output());
        assertEquals(100_000, server.read("/up.bin").length);
      }
      server.assertIdle();
    }
  }

  /**
   * lftp (GnuTLS, MODE Z) resumes the control session on every data connection, TLS 1.2 and 1.3:
   * two uploads, two downloads, a listing. It takes every data connection's session from the
   * control connection, so it needs a ticket that can be used more than once (a stateless one),
   * and it reports JSSE's {@code user_canceled} alert as fatal (docs/tls.md).
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"REQUIRE, 1.2", "REQUIRE, 1.3", "WARN, 1.2", "WARN, 1.3", "OFF, 1.2", "OFF, 1.3"})
  void lftp(SessionReuse reuse, String tlsVersion) throws Exception {
    assumeTrue(Ftps.installed("lftp"), "lftp is not installed");
    Files.write(dir.resolve("up.bin"), CONTENT);
    try (TestServer server = Ftps.start(reuse)) {
      String priority = "NORMAL:-VERS-ALL:+VERS-TLS" + tlsVersion;
      String commands = String.join("; ",
          "set ftp:ssl-force true", "set ftp:ssl-protect-data true",
          "set ssl:verify-certificate no", "set ssl:priority " + priority,
          "set net:max-retries 1", "set net:timeout 10",
          "open -u alice," + TestServer.PASSWORD + " -p " + Ftps.explicitPort(server)
              + " 127.0.0.1",
          "put up.bin -o up.bin", "put up.bin -o again.bin", "get up.bin -o down.bin",
          "get again.bin -o down2.bin", "cls -1");
      Ftps.Result result = Ftps.run(dir, List.of("lftp", "-c", commands));
      assertEquals(0, result.exitCode(), result.output());
      assertArrayEquals(CONTENT, server.read("/up.bin"));
      assertArrayEquals(CONTENT, server.read("/again.bin"));
      assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve("down.bin")));
      assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve("down2.bin")));
      assertNotEquals(-1, result.output().indexOf("again.bin"), result.output());
      assertTrue(!result.output().contains("fatal"), result.output());
      server.assertIdle();
    }
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    return all;
  }
}
