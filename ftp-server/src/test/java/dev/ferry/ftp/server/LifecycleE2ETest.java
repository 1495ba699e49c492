package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.event.FtpEventListener;
import dev.ferry.ftp.server.event.TransferOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.junit.jupiter.api.Test;

/** Timeouts, graceful shutdown and events, each on a server of its own. */
class LifecycleE2ETest {
  private static final int HUGE = 32 * 1024 * 1024;

  @Test
  void anIdleClientGets421() throws IOException {
    try (TestServer server = TestServer.start(builder -> builder.timeouts(
        Timeouts.defaults().withIdle(Duration.ofMillis(200))))) {
      try (RawControl control = new RawControl(server.port())) {
        assertEquals(220, control.code());
        assertEquals(421, control.code());
        assertNull(control.line());
      }
    }
  }

  @Test
  void aClientThatNeverConnectsItsDataGets425() throws IOException {
    try (TestServer server = TestServer.start(builder -> builder.timeouts(
        Timeouts.defaults().withDataConnection(Duration.ofMillis(200))))) {
      server.write("/a.bin", new byte[10]);
      FTPClient client = server.login();
      try {
        assertEquals(227, client.sendCommand("PASV"));
        assertEquals(150, client.sendCommand("RETR a.bin"));
        assertEquals(425, client.getReply());
        assertEquals(200, client.noop());
      } finally {
        TestServer.disconnect(client);
      }
    }
  }

  @Test
  void aStalledTransferIsAbortedWith426() throws Exception {
    try (TestServer server = TestServer.start(builder -> builder.timeouts(
        Timeouts.defaults().withStalledTransfer(Duration.ofMillis(200))))) {
      server.write("/huge.bin", new byte[HUGE]);
      FTPClient client = server.login();
      try {
        InputStream data = client.retrieveFileStream("huge.bin");
        assertNotNull(data);
        // Read nothing more: the server's writes block, no byte moves, the watchdog fires.
        assertEquals(426, client.getReply());
        assertTrue(client.getReplyString().contains("stalled"), client.getReplyString());
        data.close();
        assertEquals(200, client.noop());
      } finally {
        TestServer.disconnect(client);
      }
      server.assertIdle();
    }
  }

  @Test
  void closeLetsARunningTransferFinishThenSays421() throws Exception {
    // A grace far longer than the transfer needs even on a loaded machine: this test is about
    // the order (226, then 421), not about the deadline.
    try (TestServer server = TestServer.start(builder -> builder.timeouts(
        Timeouts.defaults().withShutdownGrace(Duration.ofMinutes(2))))) {
      server.write("/huge.bin", new byte[HUGE]);
      FTPClient client = server.login();
      int port = server.port();
      InputStream data = client.retrieveFileStream("huge.bin");
      data.readNBytes(1024);
      CompletableFuture<Void> closing = CompletableFuture.runAsync(server.server()::close);
      // New connections are refused while the transfer finishes.
      awaitRefused(port);
      assertEquals(HUGE - 1024, data.transferTo(OutputStreamSink.INSTANCE));
      data.close();
      assertTrue(client.completePendingCommand(), client.getReplyString());
      assertThrows(FTPConnectionClosedException.class, client::getReply);
      assertEquals(421, client.getReplyCode());
      closing.get(2, TimeUnit.MINUTES);
      TestServer.disconnect(client);
    }
  }

  @Test
  void closeAbortsATransferThatOutlivesTheGracePeriod() throws Exception {
    try (TestServer server = TestServer.start(builder -> builder.timeouts(
        Timeouts.defaults().withShutdownGrace(Duration.ofMillis(200))))) {
      server.write("/huge.bin", new byte[HUGE]);
      FTPClient client = server.login();
      InputStream data = client.retrieveFileStream("huge.bin");
      data.readNBytes(1024);
      long start = System.nanoTime();
      server.server().close();
      assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
      assertEquals(426, client.getReply());
      assertThrows(FTPConnectionClosedException.class, client::getReply);
      data.close();
      TestServer.disconnect(client);
    }
  }

  @Test
  void embeddersHearAboutUploadsAndDownloads() throws Exception {
    BlockingQueue<FtpEvent> events = new LinkedBlockingQueue<>();
    FtpEventListener listener = events::add;
    try (TestServer server = TestServer.start(builder -> builder.module(new AbstractModule() {
      @Override
      protected void configure() {
        Multibinder.newSetBinder(binder(), FtpEventListener.class).addBinding()
            .toInstance(listener);
      }
    }))) {
      FTPClient client = server.login();
      try {
        assertTrue(client.storeFile("up.bin", new ByteArrayInputStream(new byte[4321])));
        assertTrue(client.retrieveFile("up.bin", OutputStreamSink.INSTANCE));
      } finally {
        TestServer.disconnect(client);
      }
      FtpEvent.UploadFinished upload = next(events, FtpEvent.UploadFinished.class);
      assertEquals("/up.bin", upload.path());
      assertEquals(4321, upload.bytes());
      assertEquals(TransferOutcome.COMPLETED, upload.outcome());
      assertEquals("alice", upload.user());
      FtpEvent.DownloadFinished download = next(events, FtpEvent.DownloadFinished.class);
      assertEquals(4321, download.bytes());
      next(events, FtpEvent.Disconnected.class);
    }
  }

  private static <T extends FtpEvent> T next(BlockingQueue<FtpEvent> events, Class<T> type)
      throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      FtpEvent event = events.poll(5, TimeUnit.SECONDS);
      assertNotNull(event, "no " + type.getSimpleName());
      if (type.isInstance(event)) {
        return type.cast(event);
      }
    }
    throw new AssertionError("no " + type.getSimpleName());
  }

  /** Waits (bounded) until the server stopped accepting. */
  private static void awaitRefused(int port) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
        probe.setSoTimeout(1_000);
        if (probe.getInputStream().read() < 0) {
          return;
        }
      } catch (IOException e) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the server still accepts");
  }

  /** Discards what is written. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
