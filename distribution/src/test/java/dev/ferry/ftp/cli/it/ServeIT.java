package dev.ferry.ftp.cli.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ferry serve} from the unpacked archive, driven by curl and Commons Net. */
class ServeIT {
  @TempDir Path dir;

  @Test
  void servesAFolderToCurlAndCommonsNetAndStopsOnSigterm() throws Exception {
    UnpackedFerry ferry = UnpackedFerry.unpack(dir);
    Path share = Files.createDirectory(dir.resolve("share"));
    byte[] content = "shared over FTP\n".getBytes(StandardCharsets.UTF_8);
    Files.write(share.resolve("hello.txt"), content);
    int port = UnpackedFerry.freePort();
    try (UnpackedFerry.Running serve = ferry.start(Map.of(), "serve", share.toString(),
        "--bind", "127.0.0.1", "--port", String.valueOf(port), "--write",
        "--passive-ports", "any", "--state-dir", dir.resolve("state").toString())) {
      String line = serve.awaitOutput(l -> l.contains("password:"));
      Matcher matcher = Pattern.compile("user: (\\S+)\\s+password: (\\S+)").matcher(line);
      assertTrue(matcher.find(), line);
      String user = matcher.group(1);
      String password = matcher.group(2);
      UnpackedFerry.awaitPort(port, serve);

      FTPSClient client = new FTPSClient(false);
      client.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
      client.connect("127.0.0.1", port);
      client.execPBSZ(0);
      client.execPROT("P");
      assertTrue(client.login(user, password), client.getReplyString());
      client.enterLocalPassiveMode();
      client.setFileType(FTP.BINARY_FILE_TYPE);
      ByteArrayOutputStream back = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("hello.txt", back));
      assertArrayEquals(content, back.toByteArray());
      assertTrue(client.storeFile("up.txt", new ByteArrayInputStream(content)));
      client.logout();
      client.disconnect();
      assertArrayEquals(content, Files.readAllBytes(share.resolve("up.txt")));

      curl(port, user, password, content);

      serve.process().destroy();   // SIGTERM, as Ctrl-C or systemd would stop it
      UnpackedFerry.Result result = serve.awaitExit(UnpackedFerry.START);
      assertEquals(143, result.exitCode(), result.err());
      assertTrue(result.err().contains("Stopped"), result.err());
      assertTrue(Pattern.compile("\\[\\d+ /127\\.0\\.0\\.1:\\d+ " + user + "\\] ")
          .matcher(result.err()).find(), "MDC context in lines: " + result.err());
      assertFalse(result.err().contains(password), "the password is never logged");
    }
  }

  private void curl(int port, String user, String password, byte[] content) throws Exception {
    boolean present;
    try {
      present = new ProcessBuilder("curl", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      present = false;
    }
    assumeTrue(present, "curl is not installed; its part of the test is skipped");
    Process curl = new ProcessBuilder(List.of("curl", "--silent", "--show-error", "--ssl-reqd",
        "--insecure", "--max-time", "60", "--user", user + ":" + password,
        "ftp://127.0.0.1:" + port + "/hello.txt"))
        .redirectErrorStream(true).start();
    byte[] output = curl.getInputStream().readAllBytes();
    assertTrue(curl.waitFor(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS));
    assertEquals(0, curl.exitValue(), new String(output, StandardCharsets.UTF_8));
    assertArrayEquals(content, output);
  }

  @Test
  void plainFtpWithCommonsNetAndAnonymous() throws Exception {
    UnpackedFerry ferry = UnpackedFerry.unpack(dir);
    int port = UnpackedFerry.freePort();
    try (UnpackedFerry.Running serve = ferry.start(Map.of(), "serve", "--backend", "memory",
        "--anonymous", "--tls", "off", "--bind", "127.0.0.1", "--port", String.valueOf(port))) {
      UnpackedFerry.awaitPort(port, serve);
      FTPClient client = new FTPClient();
      client.connect("127.0.0.1", port);
      assertTrue(client.login("anonymous", "guest@example.com"), client.getReplyString());
      client.enterLocalPassiveMode();
      assertEquals(0, client.listFiles().length);
      assertFalse(client.storeFile("x", new ByteArrayInputStream(new byte[1])));
      client.logout();
      client.disconnect();
    }
  }
}
