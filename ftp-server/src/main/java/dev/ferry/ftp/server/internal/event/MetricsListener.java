package dev.ferry.ftp.server.internal.event;

import dev.ferry.ftp.server.ServerMetrics;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.event.FtpEventListener;
import dev.ferry.ftp.server.event.TransferOutcome;
import dev.ferry.ftp.server.internal.diag.ServerCounters;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what the events report, with {@link LongAdder}s so that sessions never contend; the
 * gauges (sessions and transfers open now) come from the {@link ServerCounters}.
 */
@Singleton
public final class MetricsListener implements FtpEventListener {
  private final ServerCounters counters;
  private final LongAdder sessionsTotal = new LongAdder();
  private final LongAdder loginsSucceeded = new LongAdder();
  private final LongAdder loginsFailed = new LongAdder();
  private final LongAdder uploads = new LongAdder();
  private final LongAdder downloads = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder bytesIn = new LongAdder();
  private final LongAdder bytesOut = new LongAdder();

  @Inject
  MetricsListener(ServerCounters counters) {
    this.counters = counters;
  }

  @Override
  public void onEvent(FtpEvent event) {
    switch (event) {
      case FtpEvent.Connected connected -> sessionsTotal.increment();
      case FtpEvent.LoggedIn in -> loginsSucceeded.increment();
      case FtpEvent.LoginFailed failure -> loginsFailed.increment();
      case FtpEvent.UploadFinished up -> {
        uploads.increment();
        bytesIn.add(up.bytes());
        countFailure(up.outcome());
      }
      case FtpEvent.DownloadFinished down -> {
        downloads.increment();
        bytesOut.add(down.bytes());
        countFailure(down.outcome());
      }
      default -> { }
    }
  }

  private void countFailure(TransferOutcome outcome) {
    if (outcome != TransferOutcome.COMPLETED) {
      failed.increment();
    }
  }

  /**
   * Returns the metrics now.
   *
   * @return a snapshot
   */
  public ServerMetrics snapshot() {
    ServerCounters.Snapshot live = counters.snapshot();
    return new ServerMetrics(live.sessions(), sessionsTotal.sum(), loginsSucceeded.sum(),
        loginsFailed.sum(), live.transfers(), uploads.sum(), downloads.sum(), failed.sum(),
        bytesIn.sum(), bytesOut.sum());
  }
}
