package dev.ferry.ftp.vfs.s3.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modification time an object carries in its metadata once MFMT set it, under the name
 * {@code mtime} as decimal Unix seconds (for example {@code 981173106} or {@code
 * 981173106.25}): the convention rclone and s3fs read as well.
 */
final class Mtime {
  /** The user-metadata name ({@code x-amz-meta-mtime} on the wire). */
  static final String KEY = "mtime";

  private static final Pattern FORMAT = Pattern.compile("(-?\\d{1,18})(?:\\.(\\d{1,9}))?");

  private Mtime() {}

  /** Formats a time as decimal seconds. */
  static String format(Instant time) {
    BigDecimal seconds = BigDecimal.valueOf(time.getEpochSecond())
        .add(BigDecimal.valueOf(time.getNano(), 9));
    return seconds.stripTrailingZeros().toPlainString();
  }

  /**
   * Returns the time in an object's metadata, or {@code fallback} (its LastModified) when it has
   * none or an unreadable one.
   */
  static Instant of(Map<String, String> metadata, Instant fallback) {
    String value = metadata == null ? null : metadata.get(KEY);
    Matcher m = value == null ? null : FORMAT.matcher(value.strip());
    if (m == null || !m.matches()) {
      return fallback;
    }
    String fraction = m.group(2) == null ? "" : m.group(2);
    long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00000000").substring(0, 9));
    try {
      boolean negative = m.group(1).startsWith("-");
      return Instant.ofEpochSecond(Long.parseLong(m.group(1)), negative ? -nanos : nanos);
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
