package dev.ferry.ftp.server.event;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The checks the event records share. */
final class Events {
  private Events() {}

  static void check(String sessionId, InetSocketAddress client, Instant time) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(time, "time");
  }

  static void checkTransfer(
      String user, String path, Duration duration, TransferOutcome outcome) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(outcome, "outcome");
  }
}
