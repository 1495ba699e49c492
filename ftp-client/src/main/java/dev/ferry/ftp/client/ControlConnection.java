package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.CommandEncoder;
import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyDecoder;
import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.ServerTls;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control connection (RFC 959 §2.3): sends commands and reads replies with a timeout, through
 * the codec of {@code dev.ferry.ftp.protocol}. Commands and replies are logged at debug; a
 * command's {@code toString()} masks PASS and ACCT.
 *
 * <p>FTPS (RFC 4217) layers TLS over the TCP connection, at once (implicit) or after {@code AUTH
 * TLS}, and {@code CCC} takes it off again; the TLS socket is kept after that, because data
 * connections still resume its session.
 *
 * <p>Any I/O failure breaks the connection for good: the socket is closed and every later call
 * throws, naming the first failure, because after a lost reply the client can no longer tell which
 * reply answers which command.
 */
final class ControlConnection implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(ControlConnection.class);

  private final String name;
  private final ReplyDecoder decoder = new ReplyDecoder();
  private final ByteBuffer received = ByteBuffer.allocate(8192).limit(0);
  private final Socket plain;
  private SSLSocket tls;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private CommandEncoder encoder;
  private Duration replyTimeout;
  private IOException failure;

  private ControlConnection(String name, Socket socket, Charset charset, Duration replyTimeout)
      throws IOException {
    this.name = name;
    this.encoder = new CommandEncoder(charset);
    this.replyTimeout = replyTimeout;
    this.plain = socket;
    speakOver(socket);
  }

  /**
   * Connects to the server of a configuration, trying each address its host name resolves to in
   * turn (a name such as {@code localhost} may name both {@code ::1} and {@code 127.0.0.1}, and
   * the server may listen on only one).
   *
   * @param config where to connect and the timeouts
   * @return the connection, before the greeting is read
   * @throws IOException if the host is unknown or no address accepts the connection
   */
  static ControlConnection open(FtpClientConfig config) throws IOException {
    String name = config.host() + ":" + config.port();
    IOException failure = null;
    for (InetAddress address : InetAddress.getAllByName(config.host())) {
      Socket socket = new Socket();
      try {
        socket.connect(
            new InetSocketAddress(address, config.port()), millis(config.connectTimeout()));
        socket.setTcpNoDelay(true);
        socket.setKeepAlive(true);
        return new ControlConnection(
            name, socket, config.controlCharset(), config.replyTimeout());
      } catch (IOException e) {
        socket.close();
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
        log.debug("{}: cannot connect to {}: {}", name, address, e.toString());
      } catch (RuntimeException e) {
        socket.close();
        throw e;
      }
    }
    throw failure;
  }

  /**
   * Starts TLS: at once on an implicit-FTPS connection, or after the server's 234 to {@code AUTH
   * TLS}. A failed handshake breaks the connection.
   *
   * @param host the host the certificate must name, and the key of the session for data
   *     connections
   */
  void startTls(ClientTls client, String host) throws IOException {
    checkOpen();
    try {
      tls = client.upgradeControl(plain, host);
      speakOver(tls);
      log.debug("{}: TLS started, {} {}", name, tls.getSession().getProtocol(),
          tls.getSession().getCipherSuite());
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** Ends TLS after the server's 200 to {@code CCC} (RFC 4217 §6): clear text from now on. */
  void endTls(ClientTls client) throws IOException {
    checkOpen();
    try {
      client.clearControl(tls);
      speakOver(plain);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** The TLS socket once TLS started, kept after {@code CCC}: data connections resume its session. */
  Optional<SSLSocket> tls() {
    return Optional.ofNullable(tls);
  }

  /** Whether commands and replies travel encrypted now. */
  boolean isEncrypted() {
    return tls != null && socket == tls;
  }

  private void speakOver(Socket current) throws IOException {
    this.socket = current;
    this.in = current.getInputStream();
    this.out = new BufferedOutputStream(current.getOutputStream(), 1024);
  }

  /** Sets the charset commands are encoded in: UTF-8 once the server announced UTF8. */
  void charset(Charset charset) {
    this.encoder = new CommandEncoder(charset);
  }

  Charset charset() {
    return encoder.charset();
  }

  /** The server's address: data connections in passive mode go there. */
  InetAddress remoteAddress() {
    return socket.getInetAddress();
  }

  /** This side's address: active mode listens there by default. */
  InetAddress localAddress() {
    return socket.getLocalAddress();
  }

  String name() {
    return name;
  }

  boolean isOpen() {
    return failure == null && !plain.isClosed();
  }

  /**
   * Sends a command.
   *
   * @throws IllegalArgumentException if the argument holds CR or LF, or characters the charset
   *     cannot encode
   */
  void send(Command command) throws IOException {
    byte[] bytes = encode(command);
    checkOpen();
    log.debug("{} > {}", name, command);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** Reads the next reply, waiting at most the reply timeout. */
  Reply read() throws IOException {
    return read(replyTimeout);
  }

  /** Reads the next reply, waiting at most {@code timeout}. */
  Reply read(Duration timeout) throws IOException {
    checkOpen();
    try {
      socket.setSoTimeout(millis(timeout));
      while (true) {
        Reply reply = decoder.decode(received);
        if (reply != null) {
          log.debug("{} < {}", name, reply);
          return reply;
        }
        // decode() consumed every byte, so the buffer can be refilled from the start.
        int n = in.read(received.array(), 0, received.capacity());
        if (n < 0) {
          throw new FtpException("the server closed the control connection");
        }
        received.position(0).limit(n);
      }
    } catch (FtpProtocolException e) {
      throw fail(new FtpException("malformed reply from " + name + ": " + e.getMessage(), e));
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (isEncrypted()) {
        ServerTls.closePromptly(tls);
      }
    } finally {
      plain.close();
    }
  }

  private byte[] encode(Command command) {
    try {
      return encoder.encode(command);
    } catch (InvalidArgumentException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private void checkOpen() throws FtpException {
    if (failure != null) {
      throw new FtpException("the control connection to " + name + " failed earlier", failure);
    }
    if (plain.isClosed()) {
      throw new FtpException("the session with " + name + " is closed");
    }
  }

  private IOException fail(IOException e) {
    if (failure == null) {
      failure = e;
      try {
        plain.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
    }
    return e;
  }

  static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }
}
