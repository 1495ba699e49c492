package dev.ferry.ftp.server.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import java.io.IOException;

/**
 * Wraps every command, for concerns that cut across them: logging, metrics, rate limits, auditing
 * (the shape of OkHttp's interceptors). Add one with a Guice multibinding; interceptors run in
 * binding order, the first bound outermost.
 *
 * <p>Contract: {@link #intercept} calls {@link Chain#proceed()} exactly once, or throws (a
 * {@link CommandFailedException} to refuse the command). The chain checks it and treats a breach
 * as a bug in the interceptor.
 */
@FunctionalInterface
public interface CommandInterceptor {
  /**
   * Handles a command, passing it on with {@code chain.proceed()}.
   *
   * @param chain the command and the rest of the chain
   * @throws IOException if the rest of the chain throws one
   */
  void intercept(Chain chain) throws IOException;

  /** The command being handled and the rest of the chain. */
  interface Chain {
    /**
     * Returns the session.
     *
     * @return the context
     */
    CommandContext context();

    /**
     * Returns the command.
     *
     * @return the command; its {@code toString()} is safe to log
     */
    Command command();

    /**
     * Runs the rest of the chain and the command. Errors the command raises are already turned
     * into its reply here; an interceptor sees them as the returned reply.
     *
     * @return the last reply sent for the command (the {@code 150} of a transfer that started;
     *     for HASH and the X-checksums, which go on off the control thread without a preliminary
     *     reply, a {@code 150} that was not sent and stands for "started")
     * @throws IOException if the connection fails
     * @throws IllegalStateException if called more than once
     */
    Reply proceed() throws IOException;
  }
}
