package dev.ferry.ftp.server.internal.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.LoginPolicy;
import dev.ferry.ftp.server.MutableClock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-address ban of RFC 2577 §4, on a clock the test moves. */
class LoginThrottleTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(
      LoginPolicy.defaults().withBan(3, Duration.ofMinutes(1), Duration.ofMinutes(10)), clock);

  private static InetAddress address(int last) throws UnknownHostException {
    return InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) last});
  }

  @Test
  void theThirdFailureWithinTheWindowBans() throws UnknownHostException {
    InetAddress client = address(1);
    assertFalse(throttle.recordFailure(client));
    assertFalse(throttle.recordFailure(client));
    assertFalse(throttle.isBanned(client));
    assertTrue(throttle.recordFailure(client));
    assertTrue(throttle.isBanned(client));
    assertFalse(throttle.isBanned(address(2)), "other addresses are not affected");
  }

  @Test
  void theBanEnds() throws UnknownHostException {
    InetAddress client = address(3);
    for (int i = 0; i < 3; i++) {
      throttle.recordFailure(client);
    }
    clock.advance(Duration.ofMinutes(9));
    assertTrue(throttle.isBanned(client));
    clock.advance(Duration.ofMinutes(1));
    assertFalse(throttle.isBanned(client));
  }

  @Test
  void failuresOutsideTheWindowAreForgotten() throws UnknownHostException {
    InetAddress client = address(4);
    throttle.recordFailure(client);
    throttle.recordFailure(client);
    clock.advance(Duration.ofMinutes(2));
    assertFalse(throttle.recordFailure(client));
    assertFalse(throttle.isBanned(client));
  }

  @Test
  void manyAddressesArePrunedOnceForgettable() throws UnknownHostException {
    for (int i = 0; i < 10_050; i++) {
      throttle.recordFailure(InetAddress.getByAddress(
          new byte[] {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i}));
      if (i == 10_000) {
        clock.advance(Duration.ofMinutes(5));
      }
    }
    assertFalse(throttle.isBanned(address(0)));
  }
}
