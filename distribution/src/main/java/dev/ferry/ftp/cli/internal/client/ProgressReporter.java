package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.TransferListener;
import dev.ferry.ftp.client.TransferProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Shows transfers on standard error: a bar redrawn in place on a terminal, one line per finished
 * file otherwise (logs and pipes keep a readable record), or nothing. Thread-safe, since a mirror
 * reports from several transfers at once; once it has seen more than one file the bar shows their
 * sum.
 */
final class ProgressReporter implements TransferListener {
  /** How progress is shown. */
  enum Style {
    /** A single line redrawn in place, for terminals. */
    BAR,
    /** A line per finished file. */
    LINES,
    /** Nothing. */
    NONE
  }

  private static final int BAR_CELLS = 24;

  private final Style style;
  private final PrintWriter err;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, TransferProgress> running = new LinkedHashMap<>();
  private final long started = System.nanoTime();
  private long finishedBytes;
  private int finishedFiles;
  private int drawnWidth;

  ProgressReporter(Style style, PrintWriter err) {
    this.style = style;
    this.err = err;
  }

  @Override
  public void progress(TransferProgress progress) {
    if (style == Style.NONE) {
      return;
    }
    lock.lock();
    try {
      if (progress.done()) {
        running.remove(progress.path());
        finishedBytes += progress.bytesTransferred();
        finishedFiles++;
      } else {
        running.put(progress.path(), progress);
      }
      if (style == Style.LINES) {
        if (progress.done()) {
          err.println(line(progress));
          err.flush();
        }
      } else if (running.size() + finishedFiles > 1) {
        draw(summary());
      } else {
        draw(bar(progress));
      }
    } finally {
      lock.unlock();
    }
  }

  /** Ends the bar's line, so that what is printed next starts on a line of its own. */
  void finish() {
    lock.lock();
    try {
      if (drawnWidth > 0) {
        err.println();
        drawnWidth = 0;
      }
      err.flush();
    } finally {
      lock.unlock();
    }
  }

  private void draw(String text) {
    // Pad over the rest of a longer previous line; \r returns to the start without a new line.
    String padded = text.length() < drawnWidth ? text + " ".repeat(drawnWidth - text.length()) : text;
    err.print("\r" + padded);
    err.flush();
    drawnWidth = text.length();
  }

  private String summary() {
    long bytes = finishedBytes;
    for (TransferProgress p : running.values()) {
      bytes += p.bytesTransferred();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return String.format(
        Locale.ROOT,
        "%d done, %d running  %s  %s/s",
        finishedFiles,
        running.size(),
        bytes(bytes),
        bytes(seconds <= 0 ? 0 : (long) (bytes / seconds)));
  }

  /**
   * Renders one transfer as a bar: name, bar and percentage when the size is known, bytes, rate and
   * time left.
   */
  static String bar(TransferProgress p) {
    StringBuilder out = new StringBuilder(name(p.path())).append("  ");
    if (p.totalBytes().isPresent() && p.totalBytes().getAsLong() > 0) {
      long total = p.totalBytes().getAsLong();
      int percent = (int) Math.min(100, p.position() * 100 / total);
      int filled = percent * BAR_CELLS / 100;
      out.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(BAR_CELLS - filled))
          .append("] ")
          .append(String.format(Locale.ROOT, "%3d%%", percent))
          .append("  ");
    }
    out.append(bytes(p.position())).append("  ").append(bytes((long) p.bytesPerSecond())).append("/s");
    p.remaining().ifPresent(left -> out.append("  ETA ").append(duration(left)));
    return out.toString();
  }

  /** Renders a finished transfer as one line for logs. */
  static String line(TransferProgress p) {
    String verb = p.direction() == TransferProgress.Direction.DOWNLOAD ? "downloaded" : "uploaded";
    String resumed = p.startOffset() > 0 ? ", resumed at " + p.startOffset() : "";
    return String.format(
        Locale.ROOT,
        "%s %s (%d bytes%s, %s, %s/s)",
        verb,
        p.path(),
        p.bytesTransferred(),
        resumed,
        duration(p.elapsed()),
        bytes((long) p.bytesPerSecond()));
  }

  /** Renders a byte count with a binary unit: {@code 512 B}, {@code 1.5 KiB}, {@code 3.2 GiB}. */
  static String bytes(long count) {
    if (count < 1024) {
      return count + " B";
    }
    String units = "KMGTPE";
    double value = count;
    int unit = -1;
    while (value >= 1024 && unit < units.length() - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %siB", value, units.charAt(unit));
  }

  /** Renders a duration as {@code 0:07}, {@code 12:30} or {@code 1:02:03}. */
  static String duration(Duration d) {
    long seconds = Math.max(0, (d.toMillis() + 999) / 1000);
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }

  private static String name(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
