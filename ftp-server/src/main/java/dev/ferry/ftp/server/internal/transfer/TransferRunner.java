package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.event.TransferOutcome;
import dev.ferry.ftp.server.internal.control.ErrorReplies;
import dev.ferry.ftp.server.internal.control.ReplyWriter;
import dev.ferry.ftp.server.internal.data.AbortReason;
import dev.ferry.ftp.server.internal.data.DataConnection;
import dev.ferry.ftp.server.internal.data.DataConnectionException;
import dev.ferry.ftp.server.internal.data.DataConnector;
import dev.ferry.ftp.server.internal.diag.ServerCounters;
import dev.ferry.ftp.server.internal.event.EventBus;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs transfers, each on its own virtual thread: opens the data connection, runs the job under
 * the stall watchdog, closes everything, publishes the event and writes the final reply
 * ({@code 226}, or {@code 425}/{@code 426}/an error reply, RFC 959 §4.1.3 and §4.2).
 */
@Singleton
public final class TransferRunner {
  private static final Logger log = LoggerFactory.getLogger(TransferRunner.class);

  private final DataConnector connector;
  private final StallWatchdog watchdog;
  private final ErrorReplies errors;
  private final EventBus events;
  private final ServerCounters counters;
  private final RateLimiter rates;

  @Inject
  TransferRunner(DataConnector connector, StallWatchdog watchdog, ErrorReplies errors,
      EventBus events, ServerCounters counters, RateLimiter rates) {
    this.rates = rates;
    this.connector = connector;
    this.watchdog = watchdog;
    this.errors = errors;
    this.events = events;
    this.counters = counters;
  }

  void launch(Transfer transfer, ReplyWriter writer, Runnable clearSlot, Runnable onEnd) {
    start(transfer, () -> execute(transfer, writer, clearSlot), clearSlot, onEnd, () -> {
      transfer.request().job().close();
      closeQuietly(transfer.request());
    });
  }

  void launchLocal(Transfer transfer, LocalJob job, ReplyWriter writer, Runnable clearSlot,
      Runnable onEnd) {
    start(transfer, () -> executeLocal(transfer, job, writer, clearSlot), clearSlot, onEnd,
        () -> { });
  }

  /** Runs {@code body} on the transfer's thread; without a thread, {@code release} undoes it. */
  private void start(Transfer transfer, Runnable body, Runnable clearSlot, Runnable onEnd,
      Runnable release) {
    Map<String, String> context = MDC.getCopyOfContextMap();
    counters.transferStarted();
    try {
      Thread.ofVirtual().name("ferry-transfer-" + transfer.sessionId()).start(() -> {
        if (context != null) {
          MDC.setContextMap(context);
        }
        try {
          body.run();
          onEnd.run();
        } finally {
          counters.transferEnded();
          MDC.clear();
          // Last, so whoever waits for the transfer finds it completely gone.
          transfer.markDone();
        }
      });
    } catch (RuntimeException | Error e) {
      // No thread: undo everything the thread would have, then let the command fail.
      clearSlot.run();
      release.run();
      counters.transferEnded();
      transfer.markDone();
      throw e;
    }
  }

  private void executeLocal(Transfer transfer, LocalJob job, ReplyWriter writer,
      Runnable clearSlot) {
    Reply reply;
    try {
      reply = job.run(transfer.signal(), transfer.progress());
    } catch (IOException | RuntimeException e) {
      Optional<AbortReason> aborted = transfer.signal().reason();
      reply = aborted.isPresent()
          ? Reply.of(ReplyCode.TRANSFER_ABORTED_426, aborted.get().text())
          : errors.toReply(e);
      log.debug("{} ended: {}", transfer.command(), e.toString());
    }
    writer.send(reply, clearSlot);
  }

  private void execute(Transfer transfer, ReplyWriter writer, Runnable clearSlot) {
    TransferRequest request = transfer.request();
    Instant start = events.now();
    Reply reply;
    TransferOutcome outcome;
    ScheduledFuture<?> watch = null;
    try (DataConnection connection = connector.open(request.setup(), request.client().getAddress(),
        request.local(), request.security(), transfer.signal())) {
      watch = watchdog.watch(transfer);
      try (DataStreams streams = limited(request, streams(request, connection))) {
        request.job().run(streams, transfer.progress());
        streams.finish();
      }
      connection.finish();
      reply = Reply.of(ReplyCode.CLOSING_DATA_CONNECTION_226, request.job().successText());
      outcome = TransferOutcome.COMPLETED;
    } catch (IOException | RuntimeException e) {
      Optional<AbortReason> aborted = transfer.signal().reason();
      if (aborted.isPresent()) {
        reply = Reply.of(ReplyCode.TRANSFER_ABORTED_426, aborted.get().text());
        outcome = TransferOutcome.ABORTED;
      } else {
        reply = errors.toTransferReply(e);
        outcome = e instanceof DataConnectionException d && d.wasOpen()
            ? TransferOutcome.ABORTED
            : TransferOutcome.FAILED;
      }
      log.debug("{} ended: {}", request.command(), e.toString());
    } finally {
      if (watch != null) {
        watch.cancel(false);
      }
      request.job().close();
      closeQuietly(request);
    }
    publish(request, start, transfer.bytes(), outcome);
    writer.send(reply, clearSlot);
  }

  /** Slows a file transfer to the user's and the server's rates, when they are set. */
  private DataStreams limited(TransferRequest request, DataStreams streams) {
    List<TokenBucket> buckets = rates.buckets(request.job().kind(), request.limits());
    return buckets.isEmpty() ? streams : streams.throttled(buckets);
  }

  /** The one place that picks a transfer's encoding from its kind and TYPE/STRU/MODE. */
  private static DataStreams streams(TransferRequest request, DataConnection connection) {
    TransferParameters parameters = request.parameters();
    return switch (request.job().kind()) {
      case DOWNLOAD -> DataStreams.sending(connection, parameters.sendTransform());
      case LISTING -> DataStreams.sending(connection, parameters.listingTransform());
      case UPLOAD -> DataStreams.receiving(connection, parameters.receiveTransform());
    };
  }

  private void publish(TransferRequest request, Instant start, long bytes,
      TransferOutcome outcome) {
    Instant end = events.now();
    Duration duration = Duration.between(start, end);
    FtpEvent event = switch (request.job().kind()) {
      case UPLOAD -> new FtpEvent.UploadFinished(request.sessionId(), request.client(), end,
          request.user(), request.job().path(), bytes, duration, outcome,
          request.parameters().type());
      case DOWNLOAD -> new FtpEvent.DownloadFinished(request.sessionId(), request.client(), end,
          request.user(), request.job().path(), bytes, duration, outcome,
          request.parameters().type());
      case LISTING -> null;
    };
    if (event != null) {
      events.publish(event);
    }
  }

  private static void closeQuietly(TransferRequest request) {
    try {
      request.setup().close();
    } catch (IOException e) {
      // A listener that fails to close has nothing left to release.
    }
  }
}
