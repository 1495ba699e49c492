package dev.ferry.ftp.cli.internal.config;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Typed reads of dotted settings from three layers, the first that has a key winning: command-line
 * overrides ({@code --set key=value}), environment variables ({@code FERRY_} and the key in upper
 * case with {@code .} and {@code -} as {@code _}), then the file. Every key read is remembered, so
 * {@link #finish()} can refuse what nobody asked for: a typo never passes silently.
 *
 * <p>Values are parsed by {@link VfsConfig}'s accessors, so durations, sizes and booleans read the
 * same here as in a backend's settings.
 */
final class SettingsReader {
  /** The prefix of the environment variables that override settings. */
  static final String ENV_PREFIX = "FERRY_";

  private static final Pattern INDEX = Pattern.compile("(\\d{1,4})(?:\\..*)?");

  private final Map<String, Setting> file;
  private final Map<String, String> environment;
  private final Map<String, Setting> overrides;
  private final Set<String> consumed = new HashSet<>();
  private final Set<String> consumedPrefixes = new HashSet<>();
  private final Set<String> consumedEnvironment = new HashSet<>();

  SettingsReader(Map<String, Setting> file, Map<String, String> environment,
      Map<String, Setting> overrides) {
    this.file = file;
    this.environment = environment;
    this.overrides = overrides;
  }

  /** Returns the environment variable that overrides {@code key}. */
  static String environmentName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  Optional<Setting> get(String key) throws ConfigException {
    consumed.add(key);
    String name = environmentName(key);
    String value = environment.get(name);
    if (value != null) {
      consumedEnvironment.add(name);
    }
    Setting setting = overrides.get(key);
    if (setting == null && value != null) {
      setting = new Setting(key, value.isEmpty() ? List.of() : List.of(value),
          "environment variable " + name, false);
    } else if (setting == null) {
      setting = file.get(key);
    }
    if (setting == null || (setting.values().isEmpty() && !setting.list())) {
      Optional<Setting> nested = Stream.concat(overrides.values().stream(), file.values().stream())
          .filter(s -> s.key().startsWith(key + "."))
          .findFirst();
      if (nested.isPresent()) {
        throw new ConfigException(nested.get().origin(), key,
            "must be a single value, not a mapping");
      }
      return Optional.empty();
    }
    return Optional.of(setting);
  }

  Optional<String> string(String key) throws ConfigException {
    Optional<Setting> setting = get(key);
    if (setting.isEmpty()) {
      return Optional.empty();
    }
    if (setting.get().list()) {
      throw error(setting.get(), "must be a single value, not a list");
    }
    return Optional.of(setting.get().values().get(0));
  }

  String string(String key, String absent) throws ConfigException {
    return string(key).orElse(absent);
  }

  /** Reads a list; an environment variable or override gives it comma-separated. */
  Optional<List<String>> list(String key) throws ConfigException {
    Optional<Setting> setting = get(key);
    if (setting.isEmpty()) {
      return Optional.empty();
    }
    if (setting.get().list()) {
      return Optional.of(setting.get().values());
    }
    return Optional.of(Arrays.stream(setting.get().values().get(0).split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  int integer(String key, int min, int max, int absent) throws ConfigException {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return absent;
    }
    String value = text.get().strip();
    if (!value.matches("-?[0-9]{1,10}") || Long.parseLong(value) < min
        || Long.parseLong(value) > max) {
      throw error(get(key).orElseThrow(), "must be a whole number from " + min + " to " + max
          + ", not \"" + value + "\"");
    }
    return Integer.parseInt(value);
  }

  boolean bool(String key, boolean absent) throws ConfigException {
    return parsed(key, absent, config -> config.bool(key, absent));
  }

  Duration duration(String key, Duration absent) throws ConfigException {
    return parsed(key, absent, config -> config.duration(key, absent));
  }

  long byteSize(String key, long absent) throws ConfigException {
    return parsed(key, absent, config -> config.byteSize(key, absent));
  }

  /** Reads one of a fixed set of words, case-insensitive. */
  <T> T choice(String key, Map<String, T> choices, T absent) throws ConfigException {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return absent;
    }
    T value = choices.get(text.get().strip().toLowerCase(Locale.ROOT));
    if (value == null) {
      throw error(get(key).orElseThrow(), "must be one of " + String.join(", ", choices.keySet())
          + ", not \"" + text.get() + "\"");
    }
    return value;
  }

  /** Returns the indices of a list of mappings ({@code listeners.0…}) in all layers, in order. */
  List<Integer> indices(String key) throws ConfigException {
    consumed.add(key);
    Set<Integer> indices = new TreeSet<>();
    for (Setting setting : layered(key)) {
      String rest = setting.key().substring(key.length() + 1);
      Matcher matcher = INDEX.matcher(rest);
      if (!matcher.matches()) {
        throw new ConfigException(setting.origin(), key,
            "must be a list of mappings (each item starting with \"- \")");
      }
      indices.add(Integer.parseInt(matcher.group(1)));
    }
    Pattern env = Pattern.compile(Pattern.quote(environmentName(key) + "_") + "(\\d{1,4})_.+");
    for (String name : environment.keySet()) {
      Matcher matcher = env.matcher(name);
      if (matcher.matches()) {
        indices.add(Integer.parseInt(matcher.group(1)));
      }
    }
    Optional<Setting> scalar = Optional.ofNullable(file.get(key))
        .filter(s -> !s.values().isEmpty());
    if (scalar.isPresent()) {
      throw error(scalar.get(), "must be a list of mappings (each item starting with \"- \")");
    }
    return new ArrayList<>(indices);
  }

  /**
   * Reads a free-form mapping of names to values, such as a backend's options. From the
   * environment, the rest of the name after the key is the option in lower case with {@code _}
   * as {@code -}.
   */
  Map<String, String> freeMapping(String key) throws ConfigException {
    consumed.add(key);
    consumedPrefixes.add(key + ".");
    Map<String, String> values = new LinkedHashMap<>();
    String prefix = environmentName(key) + "_";
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      if (variable.getKey().startsWith(prefix) && variable.getKey().length() > prefix.length()) {
        consumedEnvironment.add(variable.getKey());
        values.put(variable.getKey().substring(prefix.length()).toLowerCase(Locale.ROOT)
            .replace('_', '-'), variable.getValue());
      }
    }
    for (Setting setting : layered(key)) {
      String name = setting.key().substring(key.length() + 1);
      if (name.contains(".") || setting.list()) {
        throw error(setting, "the values of " + key + " must be single values");
      }
      if (!setting.values().isEmpty()) {
        values.putIfAbsent(name, setting.values().get(0));
      }
    }
    return values;
  }

  /**
   * Refuses every file setting, override and {@code FERRY_} environment variable of a known
   * section that no read asked for.
   *
   * @throws ConfigException naming the first unknown key and the keys known beside it
   */
  void finish() throws ConfigException {
    for (Setting setting : concat(overrides.values(), file.values())) {
      String key = setting.key();
      if (consumed.contains(key) || consumedPrefixes.stream().anyMatch(key::startsWith)) {
        continue;
      }
      if (consumed.stream().anyMatch(k -> k.startsWith(key + "."))) {
        if (setting.values().isEmpty()) {
          continue;
        }
        throw error(setting, "must be a mapping of keys to values, not a single value");
      }
      throw unknown(setting);
    }
    Set<String> sections = new TreeSet<>();
    for (String key : consumed) {
      sections.add(environmentName(key.split("\\.")[0]) + "_");
    }
    for (String name : new TreeSet<>(environment.keySet())) {
      if (!consumedEnvironment.contains(name) && sections.stream().anyMatch(name::startsWith)) {
        throw new ConfigException("environment variable " + name, "",
            "names no configuration key (see docs/configuration.md)");
      }
    }
  }

  ConfigException error(Setting setting, String problem) {
    return new ConfigException(setting.origin(), setting.key(), problem);
  }

  private <T> T parsed(String key, T absent, Function<VfsConfig, T> parser)
      throws ConfigException {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return absent;
    }
    try {
      return parser.apply(VfsConfig.of(Map.of(key, text.get())));
    } catch (VfsConfigException e) {
      Setting setting = get(key).orElseThrow();
      throw new ConfigException(setting.origin(), "", e.getMessage(), e);
    }
  }

  private List<Setting> layered(String key) {
    Map<String, Setting> merged = new LinkedHashMap<>();
    for (Setting setting : concat(overrides.values(), file.values())) {
      if (setting.key().startsWith(key + ".")) {
        merged.putIfAbsent(setting.key(), setting);
      }
    }
    return new ArrayList<>(merged.values());
  }

  /** Names the first unknown segment of the key and the keys known beside it. */
  private ConfigException unknown(Setting setting) {
    String[] segments = setting.key().split("\\.");
    String parent = "";
    int depth = 0;
    while (depth < segments.length - 1) {
      String next = parent + segments[depth] + ".";
      if (consumed.stream().noneMatch(k -> k.startsWith(next))) {
        break;
      }
      parent = next;
      depth++;
    }
    Set<String> siblings = new TreeSet<>();
    for (String candidate : consumed) {
      if (candidate.startsWith(parent) && candidate.length() > parent.length()) {
        siblings.add(candidate.substring(parent.length()).split("\\.")[0]);
      }
    }
    return new ConfigException(setting.origin(), parent + segments[depth], "unknown key"
        + (siblings.isEmpty() ? "" : "; known here: " + String.join(", ", siblings)));
  }

  private static List<Setting> concat(java.util.Collection<Setting> first,
      java.util.Collection<Setting> second) {
    List<Setting> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
