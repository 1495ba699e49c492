package dev.ferry.ftp.server.internal.dispatch;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandInterceptor;
import java.io.IOException;
import java.util.List;

/**
 * The chain of {@link CommandInterceptor}s around a command (OkHttp's {@code RealInterceptorChain}
 * shape): each link may be proceeded exactly once, and an interceptor that returns without
 * proceeding is reported as the bug it is.
 */
final class InterceptorChain implements CommandInterceptor.Chain {
  /** The innermost step: the command itself, its errors already turned into its reply. */
  @FunctionalInterface
  interface Terminal {
    Reply run() throws IOException;
  }

  private final List<CommandInterceptor> interceptors;
  private final int index;
  private final CommandContext context;
  private final Command command;
  private final Terminal terminal;
  private boolean proceeded;
  private Reply result;

  InterceptorChain(List<CommandInterceptor> interceptors, int index, CommandContext context,
      Command command, Terminal terminal) {
    this.interceptors = interceptors;
    this.index = index;
    this.context = context;
    this.command = command;
    this.terminal = terminal;
  }

  @Override
  public CommandContext context() {
    return context;
  }

  @Override
  public Command command() {
    return command;
  }

  @Override
  public Reply proceed() throws IOException {
    if (proceeded) {
      String culprit =
          index == 0 ? "the dispatcher" : interceptors.get(index - 1).getClass().getName();
      throw new IllegalStateException(culprit + " called proceed() more than once");
    }
    proceeded = true;
    if (index == interceptors.size()) {
      result = terminal.run();
      return result;
    }
    CommandInterceptor interceptor = interceptors.get(index);
    InterceptorChain next =
        new InterceptorChain(interceptors, index + 1, context, command, terminal);
    interceptor.intercept(next);
    if (!next.proceeded) {
      throw new IllegalStateException(
          interceptor.getClass().getName() + " returned without calling proceed()");
    }
    result = next.result;
    return result;
  }
}
