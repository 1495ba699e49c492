package dev.ferry.ftp.server.internal.net;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.CommandDecoder;
import dev.ferry.ftp.protocol.DecodedCommand;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.LineTooLongException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.internal.control.ControlChannel;
import dev.ferry.ftp.server.internal.session.ControlSecurity;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Reads a control connection on its own virtual thread and hands each command line to the session
 * loop through a bounded queue. Reading never stops for a transfer, so the session notices ABOR, a
 * client that hangs up, or silence, whatever else it is waiting for; when the loop falls behind,
 * the full queue stops the reading, and TCP stops the client.
 *
 * <p>The one exception: after {@code AUTH} or {@code CCC} the reader stops until the loop has run
 * the command, because the loop may then handshake on, or take TLS off, the same socket. Bytes read
 * past an {@code AUTH} line go to the handshake, never to the command decoder: plain text that a
 * man in the middle slipped in behind {@code AUTH TLS} is never run as a protected command (the
 * STARTTLS command injection, CVE-2011-0411).
 */
final class CommandReader implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(CommandReader.class);
  private static final int READ_BUFFER = 8192;

  private final ControlChannel channel;
  private final CommandDecoder decoder;
  private final BlockingQueue<Inbound> inbox;
  private final Map<String, String> logContext;
  private final ControlSecurity security;

  CommandReader(ControlChannel channel, int maxLineLength, BlockingQueue<Inbound> inbox,
      Map<String, String> logContext, ControlSecurity security) {
    this.channel = channel;
    this.security = security;
    this.decoder = new CommandDecoder(maxLineLength);
    this.inbox = inbox;
    this.logContext = logContext;
  }

  @Override
  public void run() {
    MDC.setContextMap(logContext);
    try {
      read();
    } catch (InterruptedException e) {
      // The session ended and no longer listens.
    } finally {
      MDC.clear();
    }
  }

  /**
   * Tells whether a command may change what the channel carries, so reading must wait for it.
   *
   * @param command the command
   * @return whether it is {@code AUTH} or {@code CCC}
   */
  static boolean switchesChannel(Command command) {
    return command.verb().equals(Verb.AUTH) || command.verb().equals(Verb.CCC);
  }

  private void read() throws InterruptedException {
    byte[] bytes = new byte[READ_BUFFER];
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, 0);
    while (true) {
      Inbound next;
      try {
        DecodedCommand command = decoder.decode(buffer);
        next = command == null ? null : new Inbound.Line(command);
      } catch (LineTooLongException e) {
        next = new Inbound.BadLine(Reply.of(ReplyCode.SYNTAX_ERROR_500, "Command line too long."));
      } catch (InvalidArgumentException e) {
        next = new Inbound.BadLine(
            Reply.of(ReplyCode.SYNTAX_ERROR_500, "Syntax error, command unrecognized."));
      }
      if (next instanceof Inbound.Line line && switchesChannel(line.command().command())) {
        byte[] ahead = new byte[buffer.remaining()];
        buffer.get(ahead);
        security.readAhead(ahead);
        inbox.put(next);
        if (!security.awaitSwitch()) {
          buffer.position(buffer.position() - ahead.length);
        }
        continue;
      }
      if (next != null) {
        inbox.put(next);
        continue;
      }
      int count;
      try {
        count = channel.read(bytes);
      } catch (SocketTimeoutException e) {
        inbox.put(Inbound.IDLE);
        continue;
      } catch (IOException e) {
        log.debug("Control connection failed: {}", e.toString());
        count = -1;
      }
      if (count < 0) {
        inbox.put(Inbound.END);
        return;
      }
      buffer.position(0).limit(count);
    }
  }
}
