package dev.ferry.ftp.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A listener on 127.0.0.1 whose accepted connections are handled on virtual threads, and plain
 * client sockets to it. Never anything but the loopback address. Closing it closes every plain
 * socket it accepted or connected (control sockets do not close their plain socket).
 */
final class Loopback implements AutoCloseable {
  /** What the server side does with one accepted connection. */
  @FunctionalInterface
  interface Handler<T> {
    T handle(Socket accepted) throws Exception;
  }

  static final InetAddress ADDRESS = InetAddress.getLoopbackAddress();

  private final ServerSocket listener;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final Queue<Socket> sockets = new ConcurrentLinkedQueue<>();

  Loopback() throws IOException {
    listener = new ServerSocket(0, 50, ADDRESS);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Accepts the next connection and hands it to {@code handler} on its own thread. */
  <T> Future<T> acceptOne(Handler<T> handler) {
    return threads.submit(
        () -> {
          Socket accepted = listener.accept();
          sockets.add(accepted);
          accepted.setSoTimeout(20_000);
          return handler.handle(accepted);
        });
  }

  /** A plain client socket connected to this listener, with a read timeout. */
  Socket connect() throws IOException {
    Socket socket = new Socket(ADDRESS, port());
    sockets.add(socket);
    socket.setSoTimeout(20_000);
    return socket;
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    threads.shutdownNow();
  }
}
