package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.auth.UserLimits;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Optional;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.ferry.ftp.server.auth.Authenticator;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Upload and download rates, per user and server-wide, measured on bounded transfers. Only a
 * loose lower bound on the elapsed time is asserted (an empty bucket makes {@code n} bytes at
 * {@code r} bytes per second take at least {@code n / r} seconds), never an upper one, so a slow
 * machine cannot make the test fail.
 */
class RateLimitE2ETest {
  private static final int RATE = 64 * 1024;
  private static final byte[] DATA = new byte[96 * 1024];

  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    HomeDirectory home = HomeDirectory.of("memory", VfsConfig.empty());
    UserAccount slow = new UserAccount("slow", home, Permission.all(),
        new UserLimits(0, RATE, RATE));
    Authenticator authenticator = (String name, String password, InetAddress client) ->
        name.equals("slow") && password.equals("pw") ? Optional.of(slow) : Optional.empty();
    server = TestServer.start(builder -> builder
        .rateLimits(new RateLimits(0, RATE))
        .module(new AbstractModule() {
          @Override
          protected void configure() {
            Multibinder.newSetBinder(binder(), Authenticator.class).addBinding()
                .toInstance(authenticator);
          }
        }));
    for (int i = 0; i < DATA.length; i++) {
      DATA[i] = (byte) (i * 31);
    }
    server.write("/data.bin", DATA);
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    server.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static FTPClient login(String user, String password) throws IOException {
    FTPClient client = server.connect();
    assertTrue(client.login(user, password), client.getReplyString());
    client.enterLocalPassiveMode();
    assertTrue(client.setFileType(FTP.BINARY_FILE_TYPE), client.getReplyString());
    return client;
  }

  @Test
  void aUsersUploadIsLimitedToItsRate() throws IOException {
    FTPClient client = login("slow", "pw");
    try {
      long start = System.nanoTime();
      assertTrue(client.storeFile("up.bin", new ByteArrayInputStream(DATA)),
          client.getReplyString());
      assertAtLeast(start, 1_000);
    } finally {
      TestServer.disconnect(client);
    }
    assertArrayEquals(DATA, server.read("/up.bin"));
  }

  @Test
  void theServerWideDownloadRateHoldsForAUserWithoutOne() throws IOException {
    FTPClient client = server.login();
    try {
      long start = System.nanoTime();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("data.bin", out), client.getReplyString());
      assertAtLeast(start, 1_000);
      assertArrayEquals(DATA, out.toByteArray());
    } finally {
      TestServer.disconnect(client);
    }
  }

  private static void assertAtLeast(long startNanos, long millis) {
    long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
    // 96 KiB at 64 KiB/s is 1.5 s; 1 s leaves room for timer slack, never for a missing limit.
    assertTrue(elapsed >= millis, "took only " + elapsed + " ms");
  }
}
