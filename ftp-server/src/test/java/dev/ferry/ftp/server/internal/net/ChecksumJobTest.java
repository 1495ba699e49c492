package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.ForwardingFileSystem;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * HASH and the X-checksums read the file off the control thread: the session answers NOOP and
 * STAT while they read, ABOR stops them, and later commands wait for their reply. The file that
 * never finishes is a pipe whose writer the test holds, so nothing depends on timing.
 */
class ChecksumJobTest {
  private static final VirtualPath SLOW = VirtualPath.of("/slow");

  @Test
  void abortStopsAChecksumThatIsStillReading() throws IOException {
    current = Pipe.open();
    try (SessionDriver.Factory server = new SessionDriver.Factory(slowFile());
        SessionDriver driver = server.open()) {
      driver.login();
      driver.write("/slow", "0123456789");
      current.sink().write(ByteBuffer.wrap("01234".getBytes(StandardCharsets.US_ASCII)));
      for (String command : new String[] {"HASH /slow", "XSHA256 /slow"}) {
        driver.sendRaw((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, driver.code("NOOP"));
        Reply stat = driver.send("STAT");
        assertEquals(213, stat.code().code());
        assertTrue(stat.text().contains(command), stat.text());
        assertEquals(426, driver.send("ABOR").code().code());
        assertEquals(226, driver.reply().code().code());
        // ABOR closed the reading end: a new pipe for the next checksum.
        current.sink().close();
        current = Pipe.open();
      }
      assertEquals(257, driver.code("PWD"));
    } finally {
      current.sink().close();
      current.source().close();
    }
  }

  @Test
  void laterCommandsWaitForTheChecksum() throws IOException {
    try (SessionDriver.Factory server = new SessionDriver.Factory();
        SessionDriver driver = server.open()) {
      driver.login();
      driver.write("/abc", "abc");
      driver.sendRaw("XCRC /abc\r\nPWD\r\nHASH /abc\r\n".getBytes(StandardCharsets.US_ASCII));
      assertEquals("352441c2", driver.reply().text());
      assertEquals(257, driver.reply().code().code());
      assertEquals(213, driver.reply().code().code());
    }
  }

  private Pipe current;

  /**
   * The memory backend without its stored checksums (so the server reads the file), where
   * reading {@code /slow} reads what the test writes to a pipe.
   */
  private VirtualFileSystem slowFile() {
    return new ForwardingFileSystem(SessionDriver.Factory.memory()) {
      @Override
      public Set<Capability> capabilities() {
        Set<Capability> all = EnumSet.copyOf(super.capabilities());
        all.remove(Capability.CHECKSUMS);
        return all;
      }

      @Override
      public ReadableByteChannel openRead(VirtualPath file, long offset) throws IOException {
        return file.equals(SLOW) ? current.source() : super.openRead(file, offset);
      }
    };
  }
}
