package dev.ferry.ftp.server.internal.net;

import dev.ferry.ftp.protocol.DecodedCommand;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.LineTooLongException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.CommandDecoder;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.internal.control.ControlChannel;
import dev.ferry.ftp.server.internal.control.ReplyWriter;
import dev.ferry.ftp.server.internal.data.AbortReason;
import dev.ferry.ftp.server.internal.dispatch.Dispatcher;
import dev.ferry.ftp.server.internal.event.EventBus;
import dev.ferry.ftp.server.internal.session.Session;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.transfer.Transfers;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The loop of one control connection, on its own virtual thread: greets, reads command lines with
 * {@link CommandDecoder}, and dispatches them. While a transfer runs, the commands declared
 * {@linkplain CommandSpec#allowedDuringTransfer() allowed during a transfer} (ABOR, STAT, NOOP,
 * QUIT) are answered at once and any other waits until the transfer ends, so replies keep their
 * order. A line too long or without a verb gets {@code 500} and the session goes on; silence
 * longer than the idle timeout while no transfer runs gets {@code 421}.
 */
public final class ControlSession implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(ControlSession.class);
  private static final int READ_BUFFER = 8192;
  private static final Duration SESSION_END_GRACE = Duration.ofSeconds(5);

  private final ControlChannel channel;
  private final Session session;
  private final ReplyWriter writer;
  private final Transfers transfers;
  private final SessionContext context;
  private final Dispatcher dispatcher;
  private final EventBus events;
  private final CommandDecoder decoder;
  private final String greeting;
  private final Runnable onEnd;
  private final AtomicBoolean ending = new AtomicBoolean();

  ControlSession(ControlChannel channel, Session session, ReplyWriter writer, Transfers transfers,
      Dispatcher dispatcher, EventBus events, int maxLineLength, String greeting, Runnable onEnd) {
    this.channel = channel;
    this.session = session;
    this.writer = writer;
    this.transfers = transfers;
    this.context = new SessionContext(session, writer, transfers);
    this.dispatcher = dispatcher;
    this.events = events;
    this.decoder = new CommandDecoder(maxLineLength);
    this.greeting = greeting;
    this.onEnd = onEnd;
  }

  /**
   * Returns the session's id.
   *
   * @return the id
   */
  public String id() {
    return session.id();
  }

  /** Returns the session's state; for the session tests, after a reply was read. */
  Session session() {
    return session;
  }

  @Override
  public void run() {
    MDC.put("session", session.id());
    MDC.put("remote", session.client().toString());
    try {
      log.debug("Connected");
      writer.send(Reply.of(ReplyCode.SERVICE_READY_220, greeting));
      events.publish(new FtpEvent.Connected(session.id(), session.client(), events.now()));
      loop();
    } catch (IOException e) {
      log.debug("Control connection ended: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      end();
    }
  }

  private void loop() throws IOException, InterruptedException {
    byte[] bytes = new byte[READ_BUFFER];
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, 0);
    while (!context.closeRequested() && !writer.isBroken() && !ending.get()) {
      DecodedCommand decoded;
      try {
        decoded = decoder.decode(buffer);
      } catch (LineTooLongException e) {
        writer.send(Reply.of(ReplyCode.SYNTAX_ERROR_500, "Command line too long."));
        continue;
      } catch (InvalidArgumentException e) {
        writer.send(Reply.of(ReplyCode.SYNTAX_ERROR_500, "Syntax error, command unrecognized."));
        continue;
      }
      if (decoded != null) {
        handle(decoded);
        continue;
      }
      int read;
      try {
        read = channel.read(bytes);
      } catch (SocketTimeoutException e) {
        if (transfers.active().isPresent()) {
          continue;
        }
        writer.send(Reply.of(ReplyCode.SERVICE_NOT_AVAILABLE_421,
            "Idle timeout; closing control connection."));
        return;
      }
      if (read < 0) {
        return;
      }
      buffer.position(0).limit(read);
    }
  }

  private void handle(DecodedCommand decoded) throws InterruptedException {
    Optional<CommandSpec> spec = dispatcher.specOf(decoded.command());
    boolean urgent = spec.map(CommandSpec::allowedDuringTransfer).orElse(false);
    if (!urgent) {
      transfers.awaitIdle();
    }
    if (decoded.interrupted()) {
      log.debug("Telnet interrupt before {}", decoded.command());
    }
    dispatcher.dispatch(context, decoded.command());
  }

  /**
   * Stops the session for a server shutdown: waits for a running transfer until the deadline,
   * aborts it if it still runs, then sends {@code 421} and closes the connection.
   *
   * @param grace how long a running transfer may still take
   * @throws InterruptedException if interrupted while waiting
   */
  void shutdown(Duration grace) throws InterruptedException {
    if (!transfers.awaitIdle(grace)) {
      transfers.abort(AbortReason.SHUTDOWN, SESSION_END_GRACE);
    }
    if (ending.compareAndSet(false, true)) {
      writer.send(Reply.of(ReplyCode.SERVICE_NOT_AVAILABLE_421, "Server shutting down."));
    }
    channel.close();
  }

  private void end() {
    ending.set(true);
    try {
      transfers.abort(AbortReason.SESSION_CLOSED, SESSION_END_GRACE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    session.close();
    channel.close();
    Duration duration = Duration.between(session.started(), events.now());
    events.publish(new FtpEvent.Disconnected(session.id(), session.client(), events.now(),
        duration.isNegative() ? Duration.ZERO : duration));
    log.debug("Disconnected");
    onEnd.run();
    MDC.clear();
  }
}
