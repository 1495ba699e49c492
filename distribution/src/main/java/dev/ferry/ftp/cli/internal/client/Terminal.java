package dev.ferry.ftp.cli.internal.client;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/** Whether a person is at the keyboard, and asking them for a password. */
final class Terminal {
  private Terminal() {}

  /**
   * Tells whether the process runs on a terminal. On JDK 21 {@link System#console()} is null unless
   * it does; from JDK 22 a console exists also when the streams are redirected, and {@code
   * Console.isTerminal()} (not in the {@code --release 21} API, hence reflection) tells them apart.
   *
   * @return whether standard input and output are a terminal
   */
  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (IllegalAccessException | InvocationTargetException e) {
      return false;
    }
  }

  /**
   * Asks for a password without echoing it, when a person can answer.
   *
   * @param prompt what to ask
   * @return the password typed, or empty when there is no terminal or input ended
   */
  static Optional<String> readPassword(String prompt) {
    if (!isInteractive()) {
      return Optional.empty();
    }
    char[] typed = System.console().readPassword("%s", prompt);
    return typed == null ? Optional.empty() : Optional.of(new String(typed));
  }
}
