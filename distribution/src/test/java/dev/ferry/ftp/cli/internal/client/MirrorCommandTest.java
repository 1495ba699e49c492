package dev.ferry.ftp.cli.internal.client;

import static dev.ferry.ftp.cli.internal.client.TestFtpServer.ferry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.cli.internal.client.TestFtpServer.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ferry mirror} both ways, with {@code --only-newer} and {@code --delete}. */
class MirrorCommandTest {
  @TempDir Path served;
  @TempDir Path local;

  private TestFtpServer server;

  @BeforeEach
  void start() throws IOException {
    server = TestFtpServer.serve(served);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void write(Path file, String text, Instant time) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(time));
  }

  @Test
  void downloadsATreeThenOnlyWhatChangedThenDeletes() throws IOException {
    Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    write(served.resolve("site/index.html"), "<h1>hi</h1>", hourAgo);
    write(served.resolve("site/css/style.css"), "body{}", hourAgo);
    write(served.resolve("site/img/logo.svg"), "<svg/>", hourAgo);
    Path copy = local.resolve("copy");

    Result first = ferry("mirror", "--progress=lines", "--parallel=2", server.url("site"), copy.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertEquals("body{}", Files.readString(copy.resolve("css/style.css")));
    assertEquals("<svg/>", Files.readString(copy.resolve("img/logo.svg")));
    assertEquals(hourAgo, Files.getLastModifiedTime(copy.resolve("index.html")).toInstant());
    assertTrue(first.err().contains("downloaded site/css/style.css ("), first.err());
    assertTrue(first.err().endsWith("mirror: 3 transferred, 0 skipped, 0 deleted, 23 B" + System.lineSeparator()), first.err());

    write(served.resolve("site/index.html"), "<h1>hello</h1>", hourAgo.plusSeconds(600));
    Files.delete(served.resolve("site/img/logo.svg"));
    Result second = ferry("mirror", "--only-newer", "--delete", "--progress=none", server.url("site"), copy.toString());
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.err().startsWith("mirror: 1 transferred, 1 skipped, 1 deleted"), second.err());
    assertEquals("<h1>hello</h1>", Files.readString(copy.resolve("index.html")));
    assertFalse(Files.exists(copy.resolve("img/logo.svg")));

    Result quiet = ferry("mirror", "-q", "--only-newer", server.url("site"), copy.toString());
    assertEquals(0, quiet.exitCode(), quiet.err());
    assertEquals("", quiet.err());
  }

  @Test
  void uploadsATreeThenOnlyWhatChangedThenDeletes() throws IOException {
    Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Path site = local.resolve("site");
    write(site.resolve("a.txt"), "alpha", hourAgo);
    write(site.resolve("docs/b.txt"), "beta", hourAgo);

    Result first = ferry("mirror", "-R", "--progress=lines", site.toString(), server.url("www"));
    assertEquals(0, first.exitCode(), first.err());
    assertEquals("beta", Files.readString(served.resolve("www/docs/b.txt")));
    assertTrue(first.err().contains("uploaded "), first.err());

    write(site.resolve("a.txt"), "alpha two", hourAgo.plusSeconds(600));
    Files.delete(site.resolve("docs/b.txt"));
    Result second = ferry("mirror", "-R", "--only-newer", "--delete", site.toString(), server.url("www"));
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.err().contains("mirror: 1 transferred, 0 skipped, 1 deleted"), second.err());
    assertEquals("alpha two", Files.readString(served.resolve("www/a.txt")));
    assertFalse(Files.exists(served.resolve("www/docs/b.txt")));
  }

  @Test
  void refusesBadArguments() throws IOException {
    Files.writeString(served.resolve("file.txt"), "x");
    assertEquals(ExitCodes.USAGE, ferry("mirror", "--parallel=0", server.url("x"), local.toString()).exitCode());
    assertEquals(ExitCodes.USAGE, ferry("mirror", "not-a-url", local.toString()).exitCode());
    Result noDir = ferry("mirror", "-R", local.resolve("absent").toString(), server.url("x"));
    assertEquals(ExitCodes.LOCAL_IO, noDir.exitCode(), noDir.err());
    Result missing = ferry("mirror", server.url("absent"), local.toString());
    assertEquals(ExitCodes.REMOTE_NOT_FOUND, missing.exitCode(), missing.err());
    Result file = ferry("mirror", server.url("file.txt"), local.toString());
    assertEquals(ExitCodes.USAGE, file.exitCode(), file.err());
    assertTrue(file.err().contains("not a directory: file.txt"), file.err());
    Result login = ferry("mirror", "ftp://alice:wrong@127.0.0.1:" + server.port() + "/", local.toString());
    assertEquals(ExitCodes.LOGIN, login.exitCode(), login.err());
  }
}
