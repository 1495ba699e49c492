package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.Limits;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Session permits: a global cap and a per-address cap, taken before any thread starts. */
class ConnectionLimiterTest {
  private static InetAddress address(int last) throws UnknownHostException {
    return InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) last});
  }

  @Test
  void thePerAddressCapLeavesRoomForOthers() throws UnknownHostException {
    ConnectionLimiter limiter = new ConnectionLimiter(
        Limits.defaults().withMaxSessions(3).withMaxSessionsPerAddress(2));
    Optional<ConnectionLimiter.Permit> a1 = limiter.tryAcquire(address(1));
    Optional<ConnectionLimiter.Permit> a2 = limiter.tryAcquire(address(1));
    assertTrue(a1.isPresent() && a2.isPresent());
    assertTrue(limiter.tryAcquire(address(1)).isEmpty());
    Optional<ConnectionLimiter.Permit> b1 = limiter.tryAcquire(address(2));
    assertTrue(b1.isPresent());
    assertTrue(limiter.tryAcquire(address(3)).isEmpty(), "global cap");
    a1.get().close();
    a1.get().close();
    Optional<ConnectionLimiter.Permit> c1 = limiter.tryAcquire(address(3));
    assertTrue(c1.isPresent(), "a released permit is reusable, once");
    assertTrue(limiter.tryAcquire(address(4)).isEmpty());
  }
}
