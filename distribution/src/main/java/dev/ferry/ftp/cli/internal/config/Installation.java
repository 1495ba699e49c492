package dev.ferry.ftp.cli.internal.config;

import java.nio.file.Path;

/**
 * Where the installation's files are: {@code bin/ferry} passes its folder as the system property
 * {@code ferry.home}; without it (a development run), paths are relative to the current folder.
 */
public final class Installation {
  private Installation() {}

  /**
   * Resolves a path of the installation's {@code conf} folder.
   *
   * @param first the first name below {@code conf}
   * @param more further names
   * @return {@code $FERRY_HOME/conf/…}, or {@code conf/…} without an installation
   */
  public static Path conf(String first, String... more) {
    Path conf = Path.of("conf").resolve(Path.of(first, more));
    String home = System.getProperty("ferry.home");
    return home == null ? conf : Path.of(home).resolve(conf);
  }
}
