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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens passive listeners on ports from the configured range, or from the dynamic ports when none
 * is configured. The operating system is the registry of ports in use: a port that cannot be
 * bound is skipped. Each search starts one port after the previous start, so concurrent sessions
 * spread over the range, and tries each port at most once.
 */
@Singleton
public final class PassivePortPool {
  /** The range searched when none is configured: IANA's dynamic ports (RFC 6335 §6). */
  static final int ANY_MIN_PORT = 49152;

  static final int ANY_MAX_PORT = 65535;

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
      // Without a configured range we still choose the port ourselves, as vsftpd does: letting
      // the kernel pick (port 0) scans its whole ephemeral range for a free port on every bind,
      // and with the TIME_WAIT sockets of a busy server that scan was 60 % of the server's CPU
      // and capped small transfers at a few hundred a second. The kernel's choice stays the
      // fallback when every port of the range is taken.
      Optional<PassiveListener> listener = search(address, ANY_MIN_PORT, ANY_MAX_PORT);
      return listener.isPresent() ? listener.get() : bind(new InetSocketAddress(address, 0));
    }
    return search(address, config.minPort(), config.maxPort()).orElseThrow(
        () -> new CommandFailedException(ReplyCode.CANNOT_OPEN_DATA_CONNECTION_425,
            "No passive port available; try again later."));
  }

  private Optional<PassiveListener> search(InetAddress address, int min, int max)
      throws IOException {
    int size = max - min + 1;
    int start = Math.floorMod(cursor.getAndIncrement(), size);
    for (int i = 0; i < size; i++) {
      int port = min + (start + i) % size;
      try {
        return Optional.of(bind(new InetSocketAddress(address, port)));
      } catch (BindException e) {
        // In use by another session or another program: try the next one.
      }
    }
    return Optional.empty();
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
