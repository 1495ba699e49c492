package dev.ferry.ftp.cli.internal.client;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a time span as people type it: {@code 30} or {@code 30s}, {@code 500ms}, {@code 2m}. */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SPAN = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

  @Override
  public Duration convert(String value) {
    Matcher m = SPAN.matcher(value.trim());
    if (!m.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a time span (examples: 30, 30s, 500ms, 2m)");
    }
    long amount = Long.parseLong(m.group(1));
    Duration span =
        switch (m.group(2) == null ? "s" : m.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofSeconds(amount);
        };
    if (span.isZero()) {
      throw new TypeConversionException("a time span must be positive, not '" + value + "'");
    }
    return span;
  }
}
