package dev.ferry.ftp.vfs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backend's settings: an immutable map of string keys to string values (as read from a
 * configuration file or built in code), with typed accessors that fail with a
 * {@link VfsConfigException} naming the key and the value seen.
 *
 * <p>Values are trimmed before they are parsed. Formats:
 *
 * <ul>
 *   <li>boolean: {@code true}/{@code false}, {@code yes}/{@code no}, {@code on}/{@code off};
 *   <li>byte size: a whole number with an optional unit, {@code 512}, {@code 64KiB}, {@code 10MB},
 *       {@code 1g}; every unit is binary ({@code k}, {@code KB} and {@code KiB} are all 1024
 *       bytes), as in the JVM's own {@code -Xmx};
 *   <li>duration: a whole number with a unit ({@code ms}, {@code s}, {@code m}, {@code h},
 *       {@code d}), such as {@code 30s}, or ISO-8601 such as {@code PT30S};
 *   <li>enum: the constant's name, case-insensitive, with {@code -} standing for {@code _}.
 * </ul>
 */
public final class VfsConfig {
  private static final VfsConfig EMPTY = new VfsConfig(Map.of());
  private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*([a-zA-Z]*)");
  private static final Pattern DURATION = Pattern.compile("(\\d{1,19})\\s*([a-zA-Z]+)");

  private final Map<String, String> values;

  private VfsConfig(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Returns a configuration with the given settings.
   *
   * @param values the settings; copied
   * @return the configuration
   */
  public static VfsConfig of(Map<String, String> values) {
    return new VfsConfig(Map.copyOf(values));
  }

  /**
   * Returns a configuration with no settings.
   *
   * @return the empty configuration
   */
  public static VfsConfig empty() {
    return EMPTY;
  }

  /**
   * Returns a copy with one setting added or replaced.
   *
   * @param key the setting
   * @param value its value
   * @return a new configuration
   */
  public VfsConfig with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(values);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new VfsConfig(Map.copyOf(copy));
  }

  /**
   * Returns all settings.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> asMap() {
    return values;
  }

  /**
   * Fails if a key is set that is not in {@code known}, so typos do not go unnoticed.
   *
   * @param known every key the backend understands
   * @return this configuration
   * @throws VfsConfigException naming the first unknown key (in sorted order) and listing the
   *     known ones
   */
  public VfsConfig requireOnly(Collection<String> known) {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      String key = unknown.iterator().next();
      throw new VfsConfigException(
          key,
          "unknown setting \"" + key + "\" (known settings: "
              + String.join(", ", new TreeSet<>(known)) + ")");
    }
    return this;
  }

  /**
   * Returns a setting's raw value.
   *
   * @param key the setting
   * @return the value, or empty if not set
   */
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * Returns a required setting.
   *
   * @param key the setting
   * @return its value, trimmed
   * @throws VfsConfigException if it is not set or blank
   */
  public String string(String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      throw new VfsConfigException(key, "missing required setting \"" + key + "\"");
    }
    return value.strip();
  }

  /**
   * Returns a setting, or a default.
   *
   * @param key the setting
   * @param defaultValue returned when the setting is absent
   * @return its value, trimmed, or the default
   */
  public String string(String key, String defaultValue) {
    String value = values.get(key);
    return value == null ? defaultValue : value.strip();
  }

  /**
   * Returns a whole-number setting, or a default.
   *
   * @param key the setting
   * @param defaultValue returned when the setting is absent
   * @return the number
   * @throws VfsConfigException if the value is not an {@code int}
   */
  public int intValue(String key, int defaultValue) {
    return parse(key, "a whole number", v -> Integer.valueOf(v), defaultValue);
  }

  /**
   * Returns a whole-number setting, or a default.
   *
   * @param key the setting
   * @param defaultValue returned when the setting is absent
   * @return the number
   * @throws VfsConfigException if the value is not a {@code long}
   */
  public long longValue(String key, long defaultValue) {
    return parse(key, "a whole number", v -> Long.valueOf(v), defaultValue);
  }

  /**
   * Returns a boolean setting, or a default.
   *
   * @param key the setting
   * @param defaultValue returned when the setting is absent
   * @return the flag
   * @throws VfsConfigException if the value is not one of the accepted words
   */
  public boolean bool(String key, boolean defaultValue) {
    return parse(key, "true or false", VfsConfig::parseBoolean, defaultValue);
  }

  /**
   * Returns a byte-size setting such as {@code 64MiB}, or a default.
   *
   * @param key the setting
   * @param defaultValue returned when the setting is absent
   * @return the size in bytes
   * @throws VfsConfigException if the value is not a byte size or does not fit a {@code long}
   */
  public long byteSize(String key, long defaultValue) {
    return parse(key, "a byte size such as 512, 64KiB, 10MB or 1g", VfsConfig::parseSize,
        defaultValue);
  }

  /**
   * Returns a duration setting such as {@code 30s} or {@code PT30S}, or a default.
   *
   * @param key the setting
   * @param defaultValue returned when the setting is absent
   * @return the duration
   * @throws VfsConfigException if the value is not a duration
   */
  public Duration duration(String key, Duration defaultValue) {
    return parse(key, "a duration such as 500ms, 30s, 5m, 2h, 1d or PT30S",
        VfsConfig::parseDuration, defaultValue);
  }

  /**
   * Returns a required file-system path setting.
   *
   * @param key the setting
   * @return the path
   * @throws VfsConfigException if it is not set or not a valid path on this platform
   */
  public Path path(String key) {
    String value = string(key);
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new VfsConfigException(key, "invalid value for \"" + key + "\": \"" + value
          + "\" (expected a file-system path: " + e.getReason() + ")");
    }
  }

  /**
   * Returns an enum setting, or a default.
   *
   * @param key the setting
   * @param type the enum class
   * @param defaultValue returned when the setting is absent
   * @param <E> the enum type
   * @return the constant
   * @throws VfsConfigException if the value names no constant, listing the accepted ones
   */
  public <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
    Set<String> names = new TreeSet<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return parse(key, "one of " + String.join(", ", names),
        v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_')), defaultValue);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VfsConfig that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Lists the keys only: values may be secrets such as an object store's access key. */
  @Override
  public String toString() {
    return "VfsConfig" + new TreeSet<>(values.keySet());
  }

  private <T> T parse(String key, String expected, Function<String, T> parser, T defaultValue) {
    String value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    T result;
    try {
      result = parser.apply(value.strip());
    } catch (RuntimeException e) {
      result = null;
    }
    if (result == null) {
      throw new VfsConfigException(key,
          "invalid value for \"" + key + "\": \"" + value + "\" (expected " + expected + ")");
    }
    return result;
  }

  private static Boolean parseBoolean(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> Boolean.TRUE;
      case "false", "no", "off" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Long parseSize(String value) {
    Matcher m = SIZE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "", "b" -> 0;
      case "k", "kb", "kib" -> 10;
      case "m", "mb", "mib" -> 20;
      case "g", "gb", "gib" -> 30;
      case "t", "tb", "tib" -> 40;
      default -> -1;
    };
    if (shift < 0) {
      return null;
    }
    long number = Long.parseLong(m.group(1));
    if (number > Long.MAX_VALUE >> shift) {
      return null;
    }
    return number << shift;
  }

  private static Duration parseDuration(String value) {
    if (value.startsWith("P") || value.startsWith("p")) {
      try {
        return Duration.parse(value);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    Matcher m = DURATION.matcher(value);
    if (!m.matches()) {
      return null;
    }
    long number = Long.parseLong(m.group(1));
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "ms" -> Duration.ofMillis(number);
      case "s" -> Duration.ofSeconds(number);
      case "m" -> Duration.ofMinutes(number);
      case "h" -> Duration.ofHours(number);
      case "d" -> Duration.ofDays(number);
      default -> null;
    };
  }
}
