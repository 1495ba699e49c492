package dev.ferry.ftp.server.internal.dispatch;

import dev.ferry.ftp.server.command.CommandInterceptor;
import jakarta.inject.Inject;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each command at debug level, with the session's MDC. {@code Command.toString()} masks the
 * arguments of PASS and ACCT, so passwords never reach a log.
 */
public final class CommandLogInterceptor implements CommandInterceptor {
  private static final Logger log = LoggerFactory.getLogger(CommandLogInterceptor.class);

  /** Creates the interceptor. */
  @Inject
  CommandLogInterceptor() {}

  @Override
  public void intercept(Chain chain) throws IOException {
    log.debug("< {}", chain.command());
    chain.proceed();
  }
}
