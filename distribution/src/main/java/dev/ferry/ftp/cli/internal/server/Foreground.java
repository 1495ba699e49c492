package dev.ferry.ftp.cli.internal.server;

import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Keeps a started server in the foreground until the process is told to stop.
 *
 * <p>SIGTERM and SIGINT (Ctrl-C) run the JVM's shutdown hooks; ours closes the server, which
 * stops accepting, lets running transfers finish within the shutdown grace, then closes every
 * session with {@code 421}, and flushes the logs last (Log4j's own hook is off in the shipped
 * configurations, so no line of the shutdown is lost). SIGHUP reloads the users file and the
 * certificate. The JDK has no supported API for SIGHUP; {@code sun.misc.Signal} (module
 * {@code jdk.unsupported}) is the one every JVM server uses for it.
 */
final class Foreground {
  private static final Logger log = LoggerFactory.getLogger(Foreground.class);

  private Foreground() {}

  /**
   * Installs the signal handling and blocks until the shutdown hook has closed the server. Does
   * not return: the JVM exits once its hooks are done.
   *
   * @param running the started server
   * @throws InterruptedException if the calling thread is interrupted while it waits
   */
  static void run(RunningServer running) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      log.info("Stopping: no new connections; running transfers may finish within {}",
          running.server().config().timeouts().shutdownGrace());
      running.close();
      log.info("Stopped");
      LogManager.shutdown();
      closed.countDown();
    }, "ferry-shutdown"));
    onHangUp(running);
    closed.await();
  }

  private static void onHangUp(RunningServer running) {
    try {
      Signal.handle(new Signal("HUP"), signal -> {
        log.info("SIGHUP: reloading users and certificate");
        running.reload();
      });
    } catch (IllegalArgumentException e) {
      log.info("No SIGHUP on this platform ({}); restart to reload users and certificates",
          e.getMessage());
    }
  }
}
