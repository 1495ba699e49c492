package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import java.io.IOException;
import java.net.Socket;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FTPS on one session (RFC 4217): TLS on the control connection (implicit, or {@code AUTH TLS}),
 * {@code PBSZ} and {@code PROT} after the login, {@code CCC}, and data connections that resume the
 * control connection's TLS session (see {@link ClientTls#secureData}).
 */
final class Security {
  private static final Logger log = LoggerFactory.getLogger(Security.class);

  /** A session without TLS: every step does nothing, data stays clear. */
  static final Security NONE = new Security(null, null);

  private final ClientTls tls;
  private final String host;
  private boolean protectData;

  private Security(ClientTls tls, String host) {
    this.tls = tls;
    this.host = host;
  }

  static Security of(FtpClientConfig config) {
    return config.usesTls() ? new Security(config.tls().orElseThrow(), config.host()) : NONE;
  }

  private boolean is(TlsMode mode) {
    return tls != null && tls.policy().mode() == mode;
  }

  /** Implicit FTPS: TLS from the first byte, before the greeting. */
  void beforeGreeting(ControlConnection control) throws IOException {
    if (is(TlsMode.IMPLICIT)) {
      control.startTls(tls, host);
    }
  }

  /**
   * Explicit FTPS: {@code AUTH TLS} after the greeting, before the login (RFC 4217 §4). A server
   * that refuses it fails the connection, unless the policy does not require TLS on the control
   * connection.
   */
  void afterGreeting(ControlConnection control) throws IOException {
    if (!is(TlsMode.EXPLICIT)) {
      return;
    }
    Command auth = Command.of(Verb.AUTH, "TLS");
    control.send(auth);
    Reply reply = control.read();
    if (reply.code().code() == 234) {
      control.startTls(tls, host);
    } else if (tls.policy().controlRequired() || !reply.code().category().isNegative()) {
      throw reply.code().category().isNegative()
          ? Replies.refusal(auth, reply)
          : new FtpException("unexpected reply to " + auth + ": " + reply);
    } else {
      log.warn("{} refused AUTH TLS ({}); the policy allows going on in clear text",
          control.name(), reply);
    }
  }

  /**
   * {@code PBSZ 0} then {@code PROT P} (RFC 4217 §8–9), or {@code PROT C} when the policy does not
   * require protected data: after the login, where every server accepts them.
   */
  void afterLogin(Commands commands) throws IOException {
    if (commands.control().tls().isEmpty()) {
      return;
    }
    commands.execute(Command.of(Verb.PBSZ, "0"));
    TlsPolicy policy = tls.policy();
    commands.execute(Command.of(Verb.PROT, policy.dataRequired() ? "P" : "C"));
    protectData = policy.dataRequired();
  }

  /** {@code CCC} (RFC 4217 §6): the control connection goes back to clear text. */
  void clearCommandChannel(Commands commands) throws IOException {
    ControlConnection control = commands.control();
    if (!control.isEncrypted()) {
      throw new IllegalStateException("the control connection is not encrypted");
    }
    commands.execute(Command.of(Verb.CCC));
    control.endTls(tls);
  }

  /** The control connection's TLS session, also after CCC. */
  Optional<SSLSession> session(ControlConnection control) {
    return control.tls().map(SSLSocket::getSession);
  }

  /**
   * Wraps a data connection once the server has accepted the transfer command: TLS in client mode,
   * whichever side connected (RFC 4217 §7), resuming the control connection's session.
   */
  DataChannel open(Socket data, ControlConnection control) throws IOException {
    if (!protectData) {
      return new DataChannel.Clear(data);
    }
    return new DataChannel.Protected(data, tls.secureData(data, control.tls().orElseThrow()));
  }
}
