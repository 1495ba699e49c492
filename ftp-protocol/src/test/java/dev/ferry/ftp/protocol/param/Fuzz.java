package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

/** Fuzzing helper shared by the parser tests of this package. */
final class Fuzz {
  private Fuzz() {}

  /**
   * Feeds {@code input} to {@code parser} and fails if it throws anything but {@code allowed}, or
   * a message that could break a reply line.
   */
  static <T> void parsesOrThrowsOnly(
      T input, Consumer<T> parser, Class<? extends RuntimeException> allowed) {
    try {
      parser.accept(input);
    } catch (RuntimeException e) {
      if (!allowed.isInstance(e)) {
        throw new AssertionError("undeclared " + e + " for " + input, e);
      }
      String message = e.getMessage();
      assertTrue(
          message != null && message.indexOf('\n') < 0 && message.indexOf('\r') < 0, message);
    }
  }
}
