package dev.ferry.ftp.server.internal.event;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandInterceptor;
import dev.ferry.ftp.server.event.FtpEvent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** Publishes a {@link FtpEvent.CommandExecuted} for every command, with its reply and duration. */
public final class EventInterceptor implements CommandInterceptor {
  private final EventBus events;

  @Inject
  EventInterceptor(EventBus events) {
    this.events = events;
  }

  @Override
  public void intercept(Chain chain) throws IOException {
    Instant start = events.now();
    Reply reply = chain.proceed();
    CommandContext context = chain.context();
    events.publish(new FtpEvent.CommandExecuted(context.sessionId(), context.clientAddress(),
        start, context.account().map(UserAccount::name).orElse(""),
        chain.command().toString(), reply.code().code(),
        Duration.between(start, events.now())));
  }
}
