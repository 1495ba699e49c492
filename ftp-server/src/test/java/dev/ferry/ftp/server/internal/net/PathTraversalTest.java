package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile path arguments in every command that takes a path, for a user jailed in
 * {@code /home/jailed}: {@code ..} runs, backslashes, NUL, over-long names and paths. Each is
 * refused or stays inside the home, and nothing outside it changes.
 */
class PathTraversalTest {
  private static final String SECRET = "root:x:0:0:root:/root:/bin/sh\n";
  private static final VirtualPath PASSWD = VirtualPath.of("/etc/passwd");

  private static SessionDriver.Factory server;
  private static FileAttributes before;

  @BeforeAll
  static void start() throws IOException {
    server = new SessionDriver.Factory();
    try (SessionDriver driver = server.open()) {
      driver.backend().createDirectory(VirtualPath.of("/etc"));
      driver.write("/etc/passwd", SECRET);
      driver.login("jailed", "jail");
      driver.write("/home/jailed/ok", "inside");
    }
    before = server.backendForTests().stat(PASSWD);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static final List<String> PATHS = List.of("../../etc/passwd",
      "..\\..\\etc\\passwd", "/../../../etc/passwd", "ok/../../../../etc/passwd", "a\u0000b",
      "../../etc\u0000/x", "n".repeat(300), "x/".repeat(2050), "%2e%2e/%2e%2e/etc/passwd");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"DELE %s", "RMD %s", "XRMD %s", "MKD %s", "XMKD %s", "RNFR %s",
      "RNTO %s", "SIZE %s", "MDTM %s", "MFMT 20200101000000 %s", "MFCT 20200101000000 %s",
      "MFF Modify=20200101000000; %s", "AVBL %s",
      "MLST %s", "MLSD %s", "HASH %s", "XCRC %s", "XMD5 %s", "SITE UTIME 20200101000000 %s",
      "SITE UTIME %s 20200101000000 20200101000000 20200101000000 UTC", "CWD %s", "STAT %s",
      "RETR %s", "STOR %s", "APPE %s", "STOU %s", "LIST %s", "NLST %s"})
  void staysInsideTheHome(String command) throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login("jailed", "jail");
      for (String path : PATHS) {
        if (command.startsWith("RNTO")) {
          assertEquals(350, driver.code("RNFR ok"));
        }
        String line = command.formatted(path);
        int code = driver.code(line);
        // Refused (bad path, not found inside the home, no data connection), or done inside.
        assertTrue(Set.of(200, 212, 213, 250, 257, 425, 500, 501, 550, 553).contains(code),
            line + " -> " + code);
        assertEquals(SECRET, driver.read("/etc/passwd"), line);
        assertEquals(before, driver.backend().stat(PASSWD), line);
        assertEquals(List.of("etc", "home"), names("/"), line);
        assertEquals(List.of("passwd"), names("/etc"), line);
        assertEquals(List.of("jailed"), names("/home"), line);
        if (!driver.exists("/home/jailed/ok")) {
          // A rename that stayed inside the home: put the file back for the next path.
          assertTrue(command.startsWith("RNTO"), line);
          driver.write("/home/jailed/ok", "inside");
        }
        assertEquals("inside", driver.read("/home/jailed/ok"), line);
        driver.code("CWD /");
      }
    }
  }

  private static List<String> names(String directory) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryCursor cursor = server.backendForTests().list(VirtualPath.of(directory))) {
      for (DirectoryEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
        names.add(entry.name());
      }
    }
    names.sort(null);
    return names;
  }
}
