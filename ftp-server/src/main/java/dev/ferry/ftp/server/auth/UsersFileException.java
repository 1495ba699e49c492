package dev.ferry.ftp.server.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A users file that cannot be used: bad YAML, an unknown or missing key, a bad value. The message
 * reads {@code users.yaml:12: users.alice.max-sessions: must be a whole number, not "two"}.
 */
public final class UsersFileException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The file. */
  private final transient Path file;
  private final int line;
  private final String key;

  /**
   * Creates the exception.
   *
   * @param file the users file
   * @param line the 1-based line of the problem, or 0 when it concerns the whole file
   * @param key the dotted key of the bad value ({@code users.alice.home.scheme}), or empty
   * @param problem what is wrong
   * @param cause the parser's exception, or {@code null}
   */
  public UsersFileException(Path file, int line, String key, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + ": ")
        + problem, cause);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * Returns the file.
   *
   * @return the path as given to {@link UsersFile#load}
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the 1-based line, or 0 when it concerns the whole file
   */
  public int line() {
    return line;
  }

  /**
   * Returns the dotted key of the bad value.
   *
   * @return the key, for example {@code users.alice.password}, or empty
   */
  public String key() {
    return key;
  }
}
