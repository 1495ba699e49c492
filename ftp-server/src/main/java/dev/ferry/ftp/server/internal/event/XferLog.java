package dev.ferry.ftp.server.internal.event;

import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.event.FtpEventListener;
import dev.ferry.ftp.server.event.TransferOutcome;
import dev.ferry.ftp.server.internal.auth.AnonymousLogin;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per finished file transfer in the {@code xferlog} format of wu-ftpd and vsftpd
 * (xferlog(5)) to the SLF4J logger {@value #LOGGER_NAME}, for the distribution to route to its own
 * file:
 *
 * <pre>
 * current-time transfer-time remote-host file-size filename transfer-type special-action-flag
 * direction access-mode username service-name authentication-method authenticated-user-id
 * completion-status
 * </pre>
 *
 * <p>As vsftpd writes it: the time as {@code ctime(3)} in the server clock's zone, whole seconds
 * of at least 1, spaces in the file name as {@code _}, {@code _} for no special action, service
 * {@code ftp}, authentication method {@code 0} and user id {@code *}. The file name is the path
 * the user sees; an anonymous user is logged by name ({@code anonymous}), since Ferry keeps no
 * password, not even the e-mail address anonymous users give.
 */
@Singleton
public final class XferLog implements FtpEventListener {
  /** The logger the lines go to. */
  public static final String LOGGER_NAME = "dev.ferry.ftp.xferlog";

  private static final Logger xferlog = LoggerFactory.getLogger(LOGGER_NAME);
  private static final DateTimeFormatter CTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

  private final ZoneId zone;
  private final AnonymousLogin anonymous;

  @Inject
  XferLog(Clock clock, AnonymousLogin anonymous) {
    this.zone = clock.getZone();
    this.anonymous = anonymous;
  }

  @Override
  public void onEvent(FtpEvent event) {
    if (!xferlog.isInfoEnabled()) {
      return;
    }
    switch (event) {
      case FtpEvent.UploadFinished up -> xferlog.info(line(up.time(), up.duration(), up.client(),
          up.bytes(), up.path(), up.type(), 'i', up.user(), up.outcome()));
      case FtpEvent.DownloadFinished down -> xferlog.info(line(down.time(), down.duration(),
          down.client(), down.bytes(), down.path(), down.type(), 'o', down.user(),
          down.outcome()));
      default -> { }
    }
  }

  String line(Instant time, Duration duration, InetSocketAddress client, long bytes, String path,
      RepresentationType type, char direction, String user, TransferOutcome outcome) {
    long seconds = Math.max(1, duration.toSeconds());
    return CTIME.format(time.atZone(zone))
        + ' ' + seconds
        + ' ' + client.getAddress().getHostAddress()
        + ' ' + bytes
        + ' ' + printable(path).replace(' ', '_')
        + ' ' + (type.isBinary() ? 'b' : 'a')
        + " _ " + direction
        + ' ' + (anonymous.accepts(user) ? 'a' : 'r')
        + ' ' + printable(user).replace(' ', '_')
        + " ftp 0 * "
        + (outcome == TransferOutcome.COMPLETED ? 'c' : 'i');
  }

  /** Control characters would split or forge lines: they become {@code ?}, as vsftpd does. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.toString();
  }
}
