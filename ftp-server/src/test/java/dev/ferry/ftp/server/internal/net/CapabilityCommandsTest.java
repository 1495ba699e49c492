package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * HELP, FEAT, SITE HELP and the replies follow what the user's backend declares: a command that
 * cannot work is neither listed nor attempted ({@code 502}), and one that can is both.
 */
class CapabilityCommandsTest {
  @Test
  void aBareBackendOffersOnlyTheMandatoryOperations() throws IOException {
    CapabilityFileSystem bare = new CapabilityFileSystem(SessionDriver.Factory.memory(), Set.of());
    bare.mkdir("/dir");
    try (SessionDriver.Factory server = new SessionDriver.Factory(bare);
        SessionDriver driver = server.open()) {
      driver.login();
      driver.write("/dir/f", "x");
      String help = driver.send("HELP").text();
      for (String verb : new String[] {"MKD ", "RMD ", "XMKD", "APPE", "MFMT", "MFCT",
          "MFF ", "AVBL"}) {
        assertFalse(help.contains(verb), verb + " in " + help);
      }
      assertTrue(help.contains("DELE"), help);
      List<String> feat = driver.send("FEAT").lines();
      assertFalse(feat.stream().anyMatch(line -> line.startsWith(" MFMT")
          || line.startsWith(" MFCT") || line.startsWith(" MFF") || line.startsWith(" AVBL")),
          feat.toString());
      assertTrue(feat.contains(" MLST type*;size*;modify*;create;perm*;unique*;UNIX.owner;"
          + "UNIX.group;"), feat.toString());
      assertEquals(502, driver.code("MKD /new"));
      assertEquals(502, driver.code("RMD /dir"));
      assertEquals(502, driver.code("HELP MKD"));
      assertEquals(502, driver.code("MFMT 20200101000000 /dir/f"));
      assertEquals(502, driver.code("MFCT 20200101000000 /dir/f"));
      assertEquals(502, driver.code("AVBL"));
      assertEquals(502, driver.code("MFF Modify=20200101000000; /dir/f"));
      assertEquals(502, driver.code("SITE UTIME 20200101000000 /dir/f"));
      assertFalse(driver.exists("/new"));
      // No RENAME_DIRECTORY: a file moves, a directory does not.
      assertEquals(350, driver.code("RNFR /dir/f"));
      assertEquals(250, driver.code("RNTO /dir/g"));
      assertEquals(504, driver.code("RNFR /dir"));
      assertEquals(503, driver.code("RNTO /moved"));
      assertTrue(driver.exists("/dir"));
      // Without stored checksums the file is read through the JDK's digests.
      driver.write("/dir/abc", "abc");
      assertEquals("SHA-256 0-2 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
          + " /dir/abc", driver.send("HASH /dir/abc").text());
      assertEquals("352441c2", driver.send("XCRC /dir/abc").text());
      assertEquals(350, driver.code("RANG 1 5"));
      assertEquals("SHA-256 1-2 1e0bbd6c686ba050b8eb03ffeedc64fdc9d80947fce821abbe5d6dc8d252c5ac"
          + " /dir/abc", driver.send("HASH /dir/abc").text());
      driver.write("/dir/empty", "");
      assertEquals(350, driver.code("RANG 1 0"));
      assertEquals("SHA-256 0-0 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
          + " /dir/empty", driver.send("HASH /dir/empty").text());
      // MLSx perm letters follow the capabilities too: no m, no f on a directory.
      assertTrue(driver.send("MLST /dir").lines().get(1).contains(";perm=celp;"));
      assertTrue(driver.send("MLST /dir/g").lines().get(1).contains(";perm=dfrw;"));
    }
  }

  @Test
  void unixModesBringSiteChmodAndMffModes() throws IOException {
    CapabilityFileSystem unix = new CapabilityFileSystem(SessionDriver.Factory.memory(),
        EnumSet.of(Capability.UNIX_PERMISSIONS, Capability.SET_MODIFIED_TIME,
            Capability.DIRECTORIES));
    try (SessionDriver.Factory server = new SessionDriver.Factory(unix);
        SessionDriver driver = server.open()) {
      driver.login();
      driver.write("/f", "x");
      assertTrue(driver.send("SITE HELP").text().contains("CHMOD"));
      assertEquals(200, driver.code("SITE CHMOD 640 /f"));
      assertEquals(0640, driver.backend().stat(VirtualPath.of("/f")).mode().orElseThrow());
      assertEquals(501, driver.code("SITE CHMOD 1777 /f"));
      assertEquals(501, driver.code("SITE CHMOD 9 /f"));
      assertEquals(501, driver.code("SITE CHMOD 644"));
      assertEquals(550, driver.code("SITE CHMOD 644 /missing"));
      assertEquals(0640, driver.backend().stat(VirtualPath.of("/f")).mode().orElseThrow());
      assertTrue(driver.send("FEAT").lines().contains(" MFF Modify;UNIX.mode;"));
      assertEquals("Modify=20200101000000;UNIX.mode=0600; /f",
          driver.send("MFF Modify=20200101000000;UNIX.mode=600; /f").text());
      assertEquals(0600, driver.backend().stat(VirtualPath.of("/f")).mode().orElseThrow());
      assertTrue(driver.send("MLST /f").lines().get(1).contains(";UNIX.mode=0600;"));
    }
    try (SessionDriver.Factory server = new SessionDriver.Factory(
        new CapabilityFileSystem(SessionDriver.Factory.memory(),
            EnumSet.of(Capability.UNIX_PERMISSIONS)));
        SessionDriver driver = server.open()) {
      driver.login("reader", "read");
      driver.write("/f", "x");
      assertEquals(550, driver.code("SITE CHMOD 600 /f"));
    }
  }
}
