package dev.ferry.ftp.server.internal.net;

import dev.ferry.ftp.protocol.DecodedCommand;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.internal.control.ControlChannel;
import dev.ferry.ftp.server.internal.control.ReplyWriter;
import dev.ferry.ftp.server.internal.data.AbortReason;
import dev.ferry.ftp.server.internal.data.DataProtection;
import dev.ferry.ftp.server.internal.dispatch.Dispatcher;
import dev.ferry.ftp.server.internal.event.EventBus;
import dev.ferry.ftp.server.internal.session.Session;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.session.TlsState;
import dev.ferry.ftp.server.internal.transfer.Transfers;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The loop of one control connection, on its own virtual thread: greets, then takes what its
 * {@link CommandReader} and its transfers report, in order. While a transfer runs, the commands
 * declared {@linkplain CommandSpec#allowedDuringTransfer() allowed during a transfer} (ABOR, STAT,
 * NOOP, QUIT) run at once; any other waits in a queue until the transfer's final reply, so replies
 * keep their order. A line too long or without a verb gets {@code 500} and the session goes on;
 * silence longer than the idle timeout while nothing runs or waits gets {@code 421}.
 */
public final class ControlSession implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(ControlSession.class);
  private static final Duration SESSION_END_GRACE = Duration.ofSeconds(5);
  /** How many lines the reader may be ahead of the loop before it stops reading. */
  private static final int INBOX_CAPACITY = 64;

  private final ControlChannel channel;
  private final Session session;
  private final ReplyWriter writer;
  private final Transfers transfers;
  private final SessionContext context;
  private final Dispatcher dispatcher;
  private final EventBus events;
  private final String greeting;
  private final Runnable onEnd;
  private final BlockingQueue<Inbound> inbox = new ArrayBlockingQueue<>(INBOX_CAPACITY);
  private final Deque<Inbound> waiting = new ArrayDeque<>();
  private final Thread reader;
  private final AtomicBoolean ending = new AtomicBoolean();

  ControlSession(ControlChannel channel, Session session, ReplyWriter writer,
      TransfersFactory transfersFactory, Dispatcher dispatcher, EventBus events,
      int maxLineLength, String greeting, Runnable onEnd) {
    this.channel = channel;
    this.session = session;
    this.writer = writer;
    this.transfers = transfersFactory.create(() -> post(Inbound.TRANSFER_ENDED));
    this.context = new SessionContext(session, writer, transfers);
    this.dispatcher = dispatcher;
    this.events = events;
    this.greeting = greeting;
    this.onEnd = onEnd;
    this.reader = Thread.ofVirtual().name("ferry-reader-" + session.id())
        .unstarted(new CommandReader(channel, maxLineLength, inbox, Map.of(
            "session", session.id(), "remote", session.client().toString()),
            session.security()));
  }

  /** Creates the session's transfer slot, telling the loop when a transfer ended. */
  @FunctionalInterface
  interface TransfersFactory {
    Transfers create(Runnable onTransferEnd);
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
      if (session.security().implicit() && !startImplicitTls()) {
        return;
      }
      writer.send(Reply.of(ReplyCode.SERVICE_READY_220, greeting));
      events.publish(new FtpEvent.Connected(session.id(), session.client(), events.now()));
      reader.start();
      loop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      end();
    }
  }

  private void loop() throws InterruptedException {
    while (!context.closeRequested() && !writer.isBroken() && !ending.get()) {
      drainWaiting();
      Inbound next = inbox.take();
      switch (next) {
        case Inbound.End end -> {
          return;
        }
        case Inbound.Idle idle -> {
          if (transfers.active().isEmpty() && waiting.isEmpty()) {
            writer.send(Reply.of(ReplyCode.SERVICE_NOT_AVAILABLE_421,
                "Idle timeout; closing control connection."));
            return;
          }
        }
        case Inbound.TransferEnded ended -> drainWaiting();
        case Inbound.Line line when isUrgent(line.command()) -> dispatch(line.command());
        case Inbound.Line line -> enqueue(line);
        case Inbound.BadLine bad -> enqueue(bad);
      }
    }
  }

  private boolean isUrgent(DecodedCommand command) {
    return transfers.active().isPresent() && dispatcher.specOf(command.command())
        .map(CommandSpec::allowedDuringTransfer).orElse(false);
  }

  /** Runs a line now, unless a transfer runs or earlier lines wait: then it waits its turn. */
  private void enqueue(Inbound item) {
    waiting.addLast(item);
    drainWaiting();
  }

  private void drainWaiting() {
    while (!waiting.isEmpty() && transfers.active().isEmpty() && !context.closeRequested()) {
      switch (waiting.removeFirst()) {
        case Inbound.Line line -> dispatch(line.command());
        case Inbound.BadLine bad -> writer.send(bad.reply());
        default -> throw new IllegalStateException("only lines wait");
      }
    }
  }

  private void dispatch(DecodedCommand decoded) {
    if (decoded.interrupted()) {
      log.debug("Telnet interrupt before {}", decoded.command());
    }
    if (!CommandReader.switchesChannel(decoded.command())) {
      dispatcher.dispatch(context, decoded.command());
      return;
    }
    boolean protectedBefore = session.tls().controlProtected();
    try {
      dispatcher.dispatch(context, decoded.command());
    } finally {
      session.security().switchDone(protectedBefore != session.tls().controlProtected());
    }
  }

  /** Implicit FTPS (RFC 4217 §1 notes it): TLS before the greeting, on this thread. */
  private boolean startImplicitTls() {
    try {
      session.security().startTls();
      session.tls(new TlsState(true, false, DataProtection.CLEAR));
      return true;
    } catch (IOException e) {
      log.info("TLS handshake on the implicit listener failed: {}", e.getMessage());
      return false;
    }
  }

  /**
   * Wakes the loop. Dropped when the inbox is full: the loop then has lines to take anyway, and
   * drains the waiting ones before each; a transfer thread never blocks on a session that ended.
   */
  private void post(Inbound item) {
    inbox.offer(item);
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
    reader.interrupt();
    try {
      // Not started when the implicit handshake failed before the greeting.
      if (reader.getState() != Thread.State.NEW && !reader.join(SESSION_END_GRACE)) {
        log.warn("Reader of session {} did not end", session.id());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Duration duration = Duration.between(session.started(), events.now());
    events.publish(new FtpEvent.Disconnected(session.id(), session.client(), events.now(),
        duration.isNegative() ? Duration.ZERO : duration));
    log.debug("Disconnected");
    onEnd.run();
    MDC.clear();
  }
}
