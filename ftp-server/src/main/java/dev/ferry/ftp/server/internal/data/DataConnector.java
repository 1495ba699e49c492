package dev.ferry.ftp.server.internal.data;

import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.internal.diag.ServerCounters;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;

/**
 * Makes the data connection a {@link DataChannelSetup} describes: accepts it on the passive
 * listener or connects to the active target, within the data-connection timeout, then hands the
 * socket to the {@link DataSocketWrapper}. Everything it blocks on is registered with the
 * transfer's {@link AbortSignal}, so ABOR interrupts a wait at once.
 */
@Singleton
public final class DataConnector {
  private final Timeouts timeouts;
  private final DataSocketWrapper wrapper;
  private final ServerCounters counters;

  @Inject
  DataConnector(Timeouts timeouts, DataSocketWrapper wrapper, ServerCounters counters) {
    this.timeouts = timeouts;
    this.wrapper = wrapper;
    this.counters = counters;
  }

  /**
   * Opens the data connection.
   *
   * @param setup how to connect; consumed
   * @param client the control connection's client address
   * @param local the control connection's local address, the source of active connections
   * @param security the session's protection level and TLS
   * @param signal the transfer's abort signal
   * @return the open connection, which the caller must close
   * @throws DataConnectionException {@code 425} if no connection could be made in time
   * @throws IOException if the wait was aborted
   */
  public DataConnection open(
      DataChannelSetup setup,
      InetAddress client,
      InetAddress local,
      DataSecurity security,
      AbortSignal signal)
      throws IOException {
    signal.register(setup);
    SocketChannel channel = switch (setup) {
      case DataChannelSetup.Passive passive ->
          passive.listener().accept(client, timeouts.dataConnection());
      case DataChannelSetup.Active active -> connect(active.target(), local, signal);
      case DataChannelSetup.None none ->
          throw DataConnectionException.cannotOpen("No data connection was set up.", null);
    };
    setup.close();
    DataConnection connection;
    try {
      // From here an abort closes the socket, which also interrupts a TLS handshake.
      signal.register(channel);
      Socket socket = wrapper.wrap(channel.socket(), security);
      connection = new DataConnection(channel, socket, counters);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    // Closes the connection at once (and throws) if an abort came in the meantime.
    signal.register(connection);
    return connection;
  }

  private SocketChannel connect(InetSocketAddress target, InetAddress local, AbortSignal signal)
      throws IOException {
    SocketChannel channel = SocketChannel.open();
    try {
      signal.register(channel);
      channel.bind(new InetSocketAddress(local, 0));
      channel.socket().connect(target, (int) Math.min(timeouts.dataConnection().toMillis(),
          Integer.MAX_VALUE));
      return channel;
    } catch (SocketTimeoutException e) {
      channel.close();
      throw DataConnectionException.cannotOpen("Timed out connecting to " + target + ".", e);
    } catch (IOException e) {
      channel.close();
      if (signal.reason().isPresent()) {
        throw e;
      }
      throw DataConnectionException.cannotOpen("Cannot connect to " + target + ".", e);
    } catch (RuntimeException e) {
      channel.close();
      throw e;
    }
  }
}
