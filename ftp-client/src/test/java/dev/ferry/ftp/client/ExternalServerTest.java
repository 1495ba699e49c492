package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A server that cannot be prepared skips its tests, saying why, rather than failing them. */
class ExternalServerTest {
  @Test
  void aServerThatCannotBePreparedSkipsWithTheReason() {
    TestAbortedException skipped =
        assertThrows(TestAbortedException.class, () -> ExternalServer.prepare("no-such-ftpd"));
    assertTrue(skipped.getMessage().contains("unknown server: no-such-ftpd"), skipped.getMessage());
  }
}
