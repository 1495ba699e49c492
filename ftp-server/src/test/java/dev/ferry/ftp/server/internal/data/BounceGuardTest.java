package dev.ferry.ftp.server.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.address.HostPort;
import dev.ferry.ftp.server.ActiveConfig;
import dev.ferry.ftp.server.command.CommandFailedException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** RFC 2577 §3: active connections go back to the client only, never to a privileged port. */
class BounceGuardTest {
  private static final InetAddress CLIENT = InetAddress.getLoopbackAddress();

  @Test
  void theClientsOwnUnprivilegedPortIsAllowed() {
    BounceGuard guard = new BounceGuard(ActiveConfig.strict());
    assertEquals(new InetSocketAddress(CLIENT, 1024),
        guard.check(new HostPort(CLIENT, 1024), CLIENT));
  }

  @Test
  void aPrivilegedPortIs504() {
    BounceGuard guard = new BounceGuard(ActiveConfig.strict());
    CommandFailedException e = assertThrows(CommandFailedException.class,
        () -> guard.check(new HostPort(CLIENT, 1023), CLIENT));
    assertEquals(504, e.code().code());
  }

  @Test
  void anotherHostIs504() {
    BounceGuard guard = new BounceGuard(ActiveConfig.strict());
    CommandFailedException e = assertThrows(CommandFailedException.class,
        () -> guard.check(HostPort.of("192.0.2.7", 2000), CLIENT));
    assertEquals(504, e.code().code());
  }

  @Test
  void bothCanBeAllowedExplicitly() {
    BounceGuard guard = new BounceGuard(new ActiveConfig(true, true));
    assertEquals(25, guard.check(HostPort.of("192.0.2.7", 25), CLIENT).getPort());
  }
}
