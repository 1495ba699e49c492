package dev.ferry.ftp.cli.internal.config;

import java.util.List;

/**
 * One configuration value and where it came from.
 *
 * @param key the dotted key, list items by index ({@code listeners.0.port})
 * @param values the value: one string for a scalar, several for a list; empty for an explicit
 *     YAML null, which counts as not set
 * @param origin where it came from: {@code ferry.yaml:12}, {@code environment variable
 *     FERRY_LIMITS_MAX_SESSIONS} or {@code option --set limits.max-sessions}
 * @param list whether the value was written as a list
 */
record Setting(String key, List<String> values, String origin, boolean list) {
  Setting {
    values = List.copyOf(values);
  }

  static Setting scalar(String key, String value, String origin) {
    return new Setting(key, List.of(value), origin, false);
  }
}
