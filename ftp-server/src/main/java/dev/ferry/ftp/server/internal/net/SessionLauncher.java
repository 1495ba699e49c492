package dev.ferry.ftp.server.internal.net;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.ServerConfig;
import dev.ferry.ftp.server.internal.control.ControlChannel;
import dev.ferry.ftp.server.internal.control.ReplyWriter;
import dev.ferry.ftp.server.internal.diag.ServerCounters;
import dev.ferry.ftp.server.internal.dispatch.Dispatcher;
import dev.ferry.ftp.server.internal.event.EventBus;
import dev.ferry.ftp.server.internal.session.ControlSecurity;
import dev.ferry.ftp.server.internal.session.Session;
import dev.ferry.ftp.server.internal.transfer.TransferRunner;
import dev.ferry.ftp.server.internal.transfer.Transfers;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Assembles a session around an accepted control channel and starts its virtual thread. The
 * acceptor has taken the connection permit; the session returns it when it ends.
 */
@Singleton
public final class SessionLauncher {
  private final ServerConfig config;
  private final Dispatcher dispatcher;
  private final TransferRunner transferRunner;
  private final EventBus events;
  private final SessionRegistry registry;
  private final ServerCounters counters;

  @Inject
  SessionLauncher(ServerConfig config, Dispatcher dispatcher, TransferRunner transferRunner,
      EventBus events, SessionRegistry registry, ServerCounters counters) {
    this.config = config;
    this.dispatcher = dispatcher;
    this.transferRunner = transferRunner;
    this.events = events;
    this.registry = registry;
    this.counters = counters;
  }

  /**
   * Starts a session.
   *
   * @param channel the accepted control channel
   * @param listener the listener it came in on
   * @param permit the connection permit, released when the session ends
   * @return the session, or empty if the server is shutting down (the client got {@code 421})
   */
  public Optional<ControlSession> launch(ControlChannel channel, ListenerConfig listener,
      AutoCloseable permit) {
    String id = registry.nextId();
    Session session = new Session(id, channel.remoteAddress(), channel.localAddress(),
        listener.passive(), events.now(),
        new ControlSecurity(channel, listener.tlsIfEnabled().orElse(null)));
    ReplyWriter writer = new ReplyWriter(channel);
    ControlSession[] self = new ControlSession[1];
    self[0] = new ControlSession(channel, session, writer,
        onTransferEnd -> new Transfers(transferRunner, writer, onTransferEnd), dispatcher, events,
        config.limits().maxLineLength(), config.greeting(), () -> {
          // Counted out before it leaves the registry: a shutdown that no longer sees the
          // session must find it gone from the counts too.
          counters.sessionEnded();
          closeQuietly(permit);
          registry.remove(self[0]);
        });
    Thread thread = Thread.ofVirtual().name("ferry-session-" + id).unstarted(self[0]);
    counters.sessionStarted();
    if (!registry.start(self[0], thread)) {
      counters.sessionEnded();
      refuse(channel, "Server shutting down.");
      closeQuietly(permit);
      return Optional.empty();
    }
    return Optional.of(self[0]);
  }

  /**
   * Answers {@code 421} and closes a connection the server will not serve.
   *
   * @param channel the connection
   * @param text why
   */
  public static void refuse(ControlChannel channel, String text) {
    try {
      channel.write(Reply.of(ReplyCode.SERVICE_NOT_AVAILABLE_421, text)
          .toBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The client is gone already.
    } finally {
      channel.close();
    }
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      // Permits do not fail to close.
    }
  }
}
