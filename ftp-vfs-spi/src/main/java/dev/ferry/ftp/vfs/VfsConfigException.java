package dev.ferry.ftp.vfs;

import java.util.Optional;

/**
 * Thrown when a backend's configuration is missing a setting, has an invalid value or an unknown
 * key, or names a scheme no provider serves. The message names the key and the value seen.
 */
public final class VfsConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * Creates the exception.
   *
   * @param key the setting concerned, or {@code null} if the problem is not about one setting
   * @param message what is wrong, naming the key and the value seen
   */
  public VfsConfigException(String key, String message) {
    super(message);
    this.key = key;
  }

  /**
   * Returns the setting the problem is about.
   *
   * @return the key, or empty when the problem concerns no single key
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }
}
