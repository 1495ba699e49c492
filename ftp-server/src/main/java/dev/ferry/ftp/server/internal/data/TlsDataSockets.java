package dev.ferry.ftp.server.internal.data;

import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.tls.ServerTls;
import dev.ferry.ftp.tls.SessionResumption;
import dev.ferry.ftp.tls.SessionReuse;
import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link DataSocketWrapper}: clear text as it is; {@code PROT P} as a server-mode TLS
 * socket whichever side connected (RFC 4217 §10), then the session-reuse check of the listener's
 * policy. A data connection that did not resume the control connection's session could come from
 * anyone who saw the PASV reply (the reason vsftpd, ProFTPD and FileZilla Server check it): under
 * {@link SessionReuse#REQUIRE} it is closed and the transfer answered {@code 522}; under
 * {@link SessionReuse#WARN} it is logged once per session.
 */
final class TlsDataSockets implements DataSocketWrapper {
  private static final Logger log = LoggerFactory.getLogger(TlsDataSockets.class);

  @Override
  public Socket wrap(Socket socket, DataSecurity security) throws IOException {
    if (security.protection() == DataProtection.CLEAR) {
      return socket;
    }
    ServerTls tls = security.tls().orElseThrow();
    SSLSession control = security.controlSession().orElseThrow();
    SSLSocket data = tls.secureData(socket, control);
    SessionReuse rule = tls.policy().sessionReuse();
    if (rule == SessionReuse.OFF || SessionResumption.isResumption(control, data.getSession())) {
      return data;
    }
    if (rule == SessionReuse.WARN) {
      if (security.claimReuseWarning().getAsBoolean()) {
        log.warn("A protected data connection did not resume the control connection's TLS "
            + "session; the client cannot resume sessions (warned once per session)");
      }
      return data;
    }
    ServerTls.closePromptly(data);
    throw new CommandFailedException(ReplyCode.NETWORK_PROTOCOL_NOT_SUPPORTED_522,
        "Data connection must reuse the control connection's TLS session.");
  }
}
