package dev.ferry.ftp.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Fuzzing helpers shared by the parser tests of every package. */
public final class Fuzz {
  private Fuzz() {}

  /**
   * Feeds {@code input} to {@code parser} and fails if it throws anything but one of the {@code
   * allowed} exception types, or with a message that could break a reply line.
   *
   * @param input what to parse
   * @param parser the parser
   * @param allowed the exceptions the parser declares
   * @param <T> the type of the input
   */
  @SafeVarargs
  public static <T> void parsesOrThrowsOnly(
      T input, Consumer<T> parser, Class<? extends RuntimeException>... allowed) {
    RuntimeException e = throwsOnly(input, parser, allowed);
    if (e != null) {
      String message = e.getMessage();
      assertTrue(
          message != null && message.indexOf('\n') < 0 && message.indexOf('\r') < 0, message);
    }
  }

  /**
   * Feeds {@code input} to {@code parser} and fails if it throws anything but one of the {@code
   * allowed} exception types.
   *
   * @param input what to parse
   * @param parser the parser
   * @param allowed the exceptions the parser declares
   * @param <T> the type of the input
   * @return what the parser threw, or {@code null}
   */
  @SafeVarargs
  public static <T> RuntimeException throwsOnly(
      T input, Consumer<T> parser, Class<? extends RuntimeException>... allowed) {
    try {
      parser.accept(input);
      return null;
    } catch (RuntimeException e) {
      for (Class<? extends RuntimeException> type : allowed) {
        if (type.isInstance(e)) {
          return e;
        }
      }
      throw new AssertionError("undeclared " + e + " for " + input, e);
    }
  }

  /**
   * Strings over the characters of host-port texts, so that parsers get past their first check.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> hostPortLike() {
    return Arbitraries.strings().withChars("0123456789,.:|()!= \tabcdefABCDEF%-").ofMaxLength(60);
  }
}
