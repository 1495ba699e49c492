package dev.ferry.ftp.server.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.event.TransferOutcome;
import dev.ferry.ftp.server.internal.auth.AnonymousLogin;
import dev.ferry.ftp.vfs.VfsConfig;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** xferlog lines exactly as wu-ftpd's xferlog(5) and vsftpd write them. */
class XferLogTest {
  private static final Instant TIME = Instant.parse("2026-11-01T09:05:03Z");
  private static final InetSocketAddress CLIENT = new InetSocketAddress("192.0.2.7", 50123);

  private static XferLog log(ZoneId zone) {
    AnonymousLogin anonymous =
        new AnonymousLogin(Optional.of(HomeDirectory.of("memory", VfsConfig.empty())));
    return new XferLog(Clock.fixed(TIME, zone), anonymous);
  }

  @Test
  void aCompletedBinaryDownloadOfARealUser() {
    assertEquals("Sun Nov  1 09:05:03 2026 1 192.0.2.7 8 /pub/read_me.txt b _ o r alice ftp 0 * c",
        log(ZoneOffset.UTC).line(TIME, Duration.ofMillis(20), CLIENT, 8, "/pub/read me.txt",
            RepresentationType.IMAGE, 'o', "alice", TransferOutcome.COMPLETED));
  }

  @Test
  void anAbortedAsciiUploadOfAnAnonymousUser() {
    assertEquals("Sun Nov  1 10:05:03 2026 3 192.0.2.7 100 /in/x.txt a _ i a anonymous ftp 0 * i",
        log(ZoneId.of("Europe/Paris")).line(TIME, Duration.ofMillis(3700), CLIENT, 100,
            "/in/x.txt", RepresentationType.ASCII, 'i', "anonymous", TransferOutcome.ABORTED));
  }

  @Test
  void controlCharactersCannotForgeALine() {
    assertEquals("Sun Nov 15 09:05:03 2026 62 192.0.2.7 0 /a?b_c b _ o r bob ftp 0 * i",
        log(ZoneOffset.UTC).line(Instant.parse("2026-11-15T09:05:03Z"), Duration.ofSeconds(62),
            CLIENT, 0, "/a\nb c", RepresentationType.IMAGE, 'o', "bob", TransferOutcome.FAILED));
  }

  @Test
  void onlyFileTransfersAreLoggedAndNothingThrows() {
    XferLog log = log(ZoneOffset.UTC);
    log.onEvent(new FtpEvent.Connected("s1", CLIENT, TIME));
    log.onEvent(new FtpEvent.UploadFinished("s1", CLIENT, TIME, "alice", "/f", 1,
        Duration.ZERO, TransferOutcome.COMPLETED, RepresentationType.IMAGE));
    log.onEvent(new FtpEvent.DownloadFinished("s1", CLIENT, TIME, "alice", "/f", 1,
        Duration.ZERO, TransferOutcome.COMPLETED, RepresentationType.IMAGE));
  }
}
