package dev.ferry.ftp.protocol.address;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Fuzzing helpers shared by the parser tests of this package. */
final class Fuzz {
  private Fuzz() {}

  /**
   * Feeds {@code text} to {@code parser} and fails if it throws anything but one of the {@code
   * allowed} exception types.
   */
  @SafeVarargs
  static void parsesOrThrowsOnly(
      String text, Consumer<String> parser, Class<? extends RuntimeException>... allowed) {
    try {
      parser.accept(text);
    } catch (RuntimeException e) {
      boolean declared = false;
      for (Class<? extends RuntimeException> type : allowed) {
        declared |= type.isInstance(e);
      }
      if (!declared) {
        throw new AssertionError("undeclared " + e + " for " + text, e);
      }
      assertTrue(e.getMessage() != null && e.getMessage().indexOf('\n') < 0, e.getMessage());
      assertTrue(e.getMessage().indexOf('\r') < 0, e.getMessage());
    }
  }

  /** Strings over the characters of host-port texts, so that parsers get past their first check. */
  static Arbitrary<String> hostPortLike() {
    return Arbitraries.strings().withChars("0123456789,.:|()!= \tabcdefABCDEF%-").ofMaxLength(60);
  }
}
