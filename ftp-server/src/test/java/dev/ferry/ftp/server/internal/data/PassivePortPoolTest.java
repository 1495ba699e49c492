package dev.ferry.ftp.server.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import dev.ferry.ftp.server.PassiveConfig;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.internal.diag.ServerCounters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passive listeners from a port range; the operating system says which ports are free. */
class PassivePortPoolTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private final ServerCounters counters = Guice.createInjector().getInstance(ServerCounters.class);
  private final PassivePortPool pool = new PassivePortPool(counters);

  /** Finds a range of free ports: three ports the system handed out and released. */
  private static int[] freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int base = 0;
      for (int attempt = 0; attempt < 50 && sockets.size() < count; attempt++) {
        sockets.forEach(PassivePortPoolTest::closeQuietly);
        sockets.clear();
        ServerSocket first = new ServerSocket(0, 1, LOOPBACK);
        base = first.getLocalPort();
        sockets.add(first);
        for (int i = 1; i < count && base + i <= 65535; i++) {
          try {
            sockets.add(new ServerSocket(base + i, 1, LOOPBACK));
          } catch (IOException e) {
            break;
          }
        }
      }
      assertEquals(count, sockets.size(), "no free run of ports");
      return new int[] {base, base + count - 1};
    } finally {
      sockets.forEach(PassivePortPoolTest::closeQuietly);
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Test cleanup.
    }
  }

  @Test
  void withoutARangeTheDynamicPortsAreSearchedNotTheKernelsChoice() throws IOException {
    List<PassiveListener> open = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        PassiveListener listener = pool.open(LOOPBACK, PassiveConfig.anyPort());
        assertTrue(listener.port() >= PassivePortPool.ANY_MIN_PORT
            && listener.port() <= PassivePortPool.ANY_MAX_PORT, "port " + listener.port());
        open.forEach(other -> assertNotEquals(other.port(), listener.port()));
        open.add(listener);
      }
    } finally {
      for (PassiveListener listener : open) {
        listener.close();
      }
    }
    assertEquals(0, counters.snapshot().dataSockets());
  }

  @Test
  void listenersTakeDistinctPortsFromTheRangeThenRunOut() throws IOException {
    int[] range = freePorts(3);
    PassiveConfig config = PassiveConfig.range(range[0], range[1]);
    List<PassiveListener> open = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        PassiveListener listener = pool.open(LOOPBACK, config);
        assertTrue(listener.port() >= range[0] && listener.port() <= range[1]);
        open.forEach(other -> assertNotEquals(other.port(), listener.port()));
        open.add(listener);
      }
      assertEquals(3, counters.snapshot().dataSockets());
      CommandFailedException e = assertThrows(CommandFailedException.class,
          () -> pool.open(LOOPBACK, config));
      assertEquals(425, e.code().code());
    } finally {
      for (PassiveListener listener : open) {
        listener.close();
        listener.close();
      }
    }
    assertEquals(0, counters.snapshot().dataSockets());
  }

  @Test
  void withoutARangeAnyPortWillDo() throws IOException {
    try (PassiveListener listener = pool.open(LOOPBACK, PassiveConfig.anyPort())) {
      assertTrue(listener.port() > 0);
      assertEquals(LOOPBACK, listener.address());
    }
  }
}
