package dev.ferry.ftp.cli.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.client.TransferProgress;
import dev.ferry.ftp.client.TransferProgress.Direction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  private static TransferProgress progress(String path, long bytes, long total, boolean done) {
    return new TransferProgress(
        path,
        Direction.DOWNLOAD,
        0,
        bytes,
        total < 0 ? OptionalLong.empty() : OptionalLong.of(total),
        Duration.ofSeconds(2),
        done);
  }

  @Test
  void rendersUnitsAndDurations() {
    assertEquals("0 B", ProgressReporter.bytes(0));
    assertEquals("1023 B", ProgressReporter.bytes(1023));
    assertEquals("1.0 KiB", ProgressReporter.bytes(1024));
    assertEquals("1.5 MiB", ProgressReporter.bytes(3 << 19));
    assertEquals("2.0 GiB", ProgressReporter.bytes(2L << 30));
    assertEquals("8.0 EiB", ProgressReporter.bytes(Long.MAX_VALUE));
    assertEquals("0:00", ProgressReporter.duration(Duration.ZERO));
    assertEquals("0:01", ProgressReporter.duration(Duration.ofMillis(200)));
    assertEquals("12:30", ProgressReporter.duration(Duration.ofSeconds(750)));
    assertEquals("1:02:03", ProgressReporter.duration(Duration.ofSeconds(3723)));
  }

  @Test
  void aBarShowsShareRateAndTimeLeft() {
    assertEquals(
        "big.iso  [############............]  50%  1.0 MiB  512.0 KiB/s  ETA 0:02",
        ProgressReporter.bar(progress("/pub/big.iso", 1 << 20, 2 << 20, false)));
    assertEquals(
        "stream  4.0 KiB  2.0 KiB/s",
        ProgressReporter.bar(progress("dir/stream", 4096, -1, false)));
  }

  @Test
  void aTerminalGetsOneLineRedrawnInPlace() {
    StringWriter err = new StringWriter();
    ProgressReporter reporter = new ProgressReporter(ProgressReporter.Style.BAR, new PrintWriter(err));
    reporter.progress(progress("a", 1000, 4000, false));
    reporter.progress(progress("b", 10, 4000, false));
    reporter.progress(progress("a", 4000, 4000, true));
    reporter.progress(progress("b", 4000, 4000, true));
    reporter.finish();
    String text = err.toString();
    assertTrue(text.startsWith("\ra  [######..."), text);
    assertTrue(text.contains("\r0 done, 2 running  1010 B"), text);
    assertTrue(text.contains("\r2 done, 0 running  7.8 KiB"), text);
    assertTrue(text.endsWith(System.lineSeparator()), text);
    assertEquals(1, text.split("\n").length, "one line only: " + text);

    StringWriter single = new StringWriter();
    ProgressReporter one = new ProgressReporter(ProgressReporter.Style.BAR, new PrintWriter(single));
    one.progress(progress("c", 4000, 4000, true));
    one.finish();
    assertTrue(single.toString().startsWith("\rc  [####"), single.toString());
  }

  @Test
  void elsewhereALinePerFinishedFileOrNothing() {
    StringWriter err = new StringWriter();
    ProgressReporter lines = new ProgressReporter(ProgressReporter.Style.LINES, new PrintWriter(err));
    lines.progress(progress("/a.txt", 10, 20, false));
    lines.progress(progress("/a.txt", 20, 20, true));
    lines.progress(
        new TransferProgress("/b", Direction.UPLOAD, 5, 15, OptionalLong.empty(), Duration.ZERO, true));
    lines.finish();
    assertEquals(
        "downloaded /a.txt (20 bytes, 0:02, 10 B/s)%nuploaded /b (15 bytes, resumed at 5, 0:00, 0 B/s)%n"
            .formatted(),
        err.toString());

    StringWriter quiet = new StringWriter();
    ProgressReporter none = new ProgressReporter(ProgressReporter.Style.NONE, new PrintWriter(quiet));
    none.progress(progress("/a.txt", 20, 20, true));
    none.finish();
    assertEquals("", quiet.toString());
  }
}
