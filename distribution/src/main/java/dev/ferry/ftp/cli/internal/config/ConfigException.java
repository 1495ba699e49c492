package dev.ferry.ftp.cli.internal.config;

/**
 * A configuration that cannot be used. The message names where the bad value came from (the file
 * and line, the environment variable or the command-line option), the dotted key and the problem:
 * {@code conf/ferry.yaml:12: limits.max-sessions: must be a whole number from 1 to 2147483647, not
 * "ten"}.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String origin;
  private final String key;

  /**
   * Creates the exception.
   *
   * @param origin where the value came from ({@code ferry.yaml:12}, {@code environment variable
   *     FERRY_LIMITS_MAX_SESSIONS}, {@code option --set}); may be empty
   * @param key the dotted key, or empty when the problem concerns the whole file
   * @param problem what is wrong
   */
  public ConfigException(String origin, String key, String problem) {
    this(origin, key, problem, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param origin where the value came from; may be empty
   * @param key the dotted key, or empty
   * @param problem what is wrong
   * @param cause the underlying failure, or {@code null}
   */
  public ConfigException(String origin, String key, String problem, Throwable cause) {
    super((origin.isEmpty() ? "" : origin + ": ") + (key.isEmpty() ? "" : key + ": ") + problem,
        cause);
    this.origin = origin;
    this.key = key;
  }

  /**
   * Returns where the bad value came from.
   *
   * @return the origin, possibly empty
   */
  public String origin() {
    return origin;
  }

  /**
   * Returns the dotted key of the bad value.
   *
   * @return the key, possibly empty
   */
  public String key() {
    return key;
  }
}
