package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.address.ExtendedPortCodec;
import dev.ferry.ftp.protocol.address.HostPort;
import dev.ferry.ftp.protocol.address.NetworkProtocol;
import dev.ferry.ftp.protocol.address.PortCodec;
import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up data connections (RFC 959 §3.2): passive with EPSV then PASV, or active with EPRT then
 * PORT. It remembers what a server refused, so a server without EPSV is asked for it once.
 *
 * <p>Data sockets are made from NIO channels, so that whole-file transfers can move bytes between
 * the file and a clear-text connection without the Java heap ({@link ChannelCopy}); the sockets
 * behave as plain ones otherwise.
 */
final class DataConnector {
  private static final Logger log = LoggerFactory.getLogger(DataConnector.class);
  private static final int BUFFER = 256 * 1024;

  /** A data connection being set up: connected (passive) or listening (active). */
  interface Pending extends Closeable {
    /**
     * Returns the data connection, once the server has answered the transfer command with 1yz: in
     * active mode this waits for the server to connect; with {@code PROT P} it runs the TLS
     * handshake, which servers start only then.
     */
    DataChannel open() throws IOException;
  }

  private final Commands session;
  private final FtpClientConfig config;
  private final Security security;
  private boolean epsvRefused;
  private boolean eprtRefused;
  private ByteBuffer buffer;

  DataConnector(Commands session, FtpClientConfig config, Security security) {
    this.session = session;
    this.config = config;
    this.security = security;
  }

  /** Asks the server for a data connection, before the transfer command is sent. */
  Pending prepare() throws IOException {
    return switch (config.dataConnectionMode()) {
      case DataConnectionMode.Passive passive -> passive(passive);
      case DataConnectionMode.Active active -> active(active);
    };
  }

  /**
   * The session's direct buffer for downloads into files, allocated on first use and reused: a
   * new direct buffer per transfer would be freed only by the garbage collector.
   */
  ByteBuffer buffer() {
    if (buffer == null) {
      buffer = ByteBuffer.allocateDirect(BUFFER);
    }
    return buffer;
  }

  private Pending passive(DataConnectionMode.Passive mode) throws IOException {
    InetAddress server = session.control().remoteAddress();
    InetSocketAddress target = null;
    if (!epsvRefused) {
      Command epsv = Command.of(Verb.EPSV);
      Reply reply = session.exchange(epsv);
      if (reply.code().code() == 229) {
        target = new InetSocketAddress(server, epsvPort(epsv, reply));
      } else if (reply.code().category().isNegative()) {
        log.debug("{} refused EPSV, falling back to PASV", session.control().name());
        epsvRefused = true;
      } else {
        throw unexpected(epsv, reply);
      }
    }
    if (target == null) {
      Command pasv = Command.of(Verb.PASV);
      Reply reply = session.exchange(pasv);
      if (reply.code().code() != 227) {
        throw reply.code().category().isNegative()
            ? Replies.refusal(pasv, reply)
            : unexpected(pasv, reply);
      }
      HostPort announced = pasvTarget(pasv, reply);
      InetAddress host = mode.usePassiveReplyAddress() ? announced.address() : server;
      target = new InetSocketAddress(host, announced.port());
    }
    Socket socket = SocketChannel.open().socket();
    try {
      socket.connect(target, ControlConnection.millis(config.connectTimeout()));
      socket.setSoTimeout(ControlConnection.millis(config.dataTimeout()));
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    return new Pending() {
      @Override
      public DataChannel open() throws IOException {
        return security.open(socket, session.control());
      }

      @Override
      public void close() throws IOException {
        socket.close();
      }
    };
  }

  private Pending active(DataConnectionMode.Active mode) throws IOException {
    InetAddress local = mode.bindAddress().orElse(session.control().localAddress());
    ServerSocket listener = bind(local, mode.firstPort(), mode.lastPort());
    try {
      HostPort here = new HostPort(local, listener.getLocalPort());
      announce(here);
      listener.setSoTimeout(ControlConnection.millis(config.connectTimeout()));
    } catch (IOException | RuntimeException e) {
      listener.close();
      throw e;
    }
    InetAddress server = session.control().remoteAddress();
    return new Pending() {
      @Override
      public DataChannel open() throws IOException {
        try (listener) {
          while (true) {
            Socket socket = listener.accept();
            // Only the server may connect: anyone else could steal or inject the data.
            if (socket.getInetAddress().equals(server)) {
              socket.setSoTimeout(ControlConnection.millis(config.dataTimeout()));
              return security.open(socket, session.control());
            }
            log.warn("data connection from {} refused: not the server", socket.getInetAddress());
            socket.close();
          }
        } catch (SocketTimeoutException e) {
          throw new FtpException("the server did not open the data connection in time", e);
        }
      }

      @Override
      public void close() throws IOException {
        listener.close();
      }
    };
  }

  private void announce(HostPort here) throws IOException {
    if (!eprtRefused) {
      Command eprt = Command.of(Verb.EPRT, ExtendedPortCodec.formatArgument(here));
      Reply reply = session.exchange(eprt);
      if (reply.code().category().isPositive()) {
        return;
      }
      if (here.protocol() != NetworkProtocol.IPV4) {
        throw Replies.refusal(eprt, reply);
      }
      log.debug("{} refused EPRT, falling back to PORT", session.control().name());
      eprtRefused = true;
    }
    session.execute(Command.of(Verb.PORT, PortCodec.formatArgument(here)));
  }

  private static ServerSocket bind(InetAddress local, int first, int last) throws IOException {
    ServerSocket listener = ServerSocketChannel.open().socket();
    try {
      if (first == 0) {
        listener.bind(new InetSocketAddress(local, 0), 1);
        return listener;
      }
      int count = last - first + 1;
      int start = ThreadLocalRandom.current().nextInt(count);
      for (int i = 0; i < count; i++) {
        try {
          listener.bind(new InetSocketAddress(local, first + (start + i) % count), 1);
          return listener;
        } catch (BindException busy) {
          listener.close();
          listener = ServerSocketChannel.open().socket();
        }
      }
      throw new BindException("no free port in " + first + ".." + last + " on " + local);
    } catch (IOException | RuntimeException e) {
      listener.close();
      throw e;
    }
  }

  /** RFC 2428 §3: {@code 229 Entering Extended Passive Mode (|||6446|)}. */
  private static int epsvPort(Command command, Reply reply) throws FtpException {
    try {
      return ExtendedPortCodec.parsePassiveReply(reply.text());
    } catch (FtpProtocolException e) {
      throw notUnderstood(command, reply, e);
    }
  }

  /** RFC 959 §4.1.2: {@code 227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)}. */
  private static HostPort pasvTarget(Command command, Reply reply) throws FtpException {
    try {
      return PortCodec.parsePassiveReply(reply.text());
    } catch (FtpProtocolException e) {
      throw notUnderstood(command, reply, e);
    }
  }

  private static FtpException notUnderstood(Command command, Reply reply, Exception cause) {
    return new FtpException("reply to " + command + " not understood: " + reply, cause);
  }

  private static FtpException unexpected(Command command, Reply reply) {
    return new FtpException("unexpected reply to " + command + ": " + reply);
  }
}
