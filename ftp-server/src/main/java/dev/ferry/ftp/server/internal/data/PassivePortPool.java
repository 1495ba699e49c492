package dev.ferry.ftp.server.internal.data;

import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.PassiveConfig;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.internal.diag.ServerCounters;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens passive listeners on ports from a configured range. The operating system is the registry
 * of ports in use: a port that cannot be bound is skipped. Each search starts one port after the
 * previous start, so concurrent sessions spread over the range, and tries each port at most once.
 */
@Singleton
public final class PassivePortPool {
  private final ServerCounters counters;
  private final AtomicInteger cursor = new AtomicInteger();

  @Inject
  PassivePortPool(ServerCounters counters) {
    this.counters = counters;
  }

  /**
   * Opens a listener.
   *
   * @param address the local address to bind: the one the client reached the control connection
   *     on
   * @param config the listener's passive settings
   * @return the listener, which the caller must close
   * @throws CommandFailedException {@code 425} if every port of the range is taken
   * @throws IOException if binding fails for another reason
   */
  public PassiveListener open(InetAddress address, PassiveConfig config) throws IOException {
    if (!config.hasRange()) {
      return bind(new InetSocketAddress(address, 0));
    }
    int size = config.maxPort() - config.minPort() + 1;
    int start = Math.floorMod(cursor.getAndIncrement(), size);
    for (int i = 0; i < size; i++) {
      int port = config.minPort() + (start + i) % size;
      try {
        return bind(new InetSocketAddress(address, port));
      } catch (BindException e) {
        // In use by another session or another program: try the next one.
      }
    }
    throw new CommandFailedException(ReplyCode.CANNOT_OPEN_DATA_CONNECTION_425,
        "No passive port available; try again later.");
  }

  private PassiveListener bind(InetSocketAddress local) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open();
    try {
      channel.bind(local, 4);
      return new PassiveListener(channel, counters);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }
}
