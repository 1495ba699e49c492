package dev.ferry.ftp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.ReplyCode.Category;
import dev.ferry.ftp.protocol.ReplyCode.Function;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyCodeTest {
  /** RFC 959 §4.2.2, then RFC 2228 §5, RFC 2428, RFC 1639. */
  private static final String LISTED =
      "110 120 125 150 200 202 211 212 213 214 215 220 221 225 226 227 230 250 257 331 332 350"
          + " 421 425 426 450 451 452 500 501 502 503 504 530 532 550 551 552 553"
          + " 232 234 235 334 335 336 431 533 534 535 536 537 631 632 633"
          + " 229 522 228";

  @Test
  void namesEveryListedCodeWithItsText() {
    List<Integer> expected =
        Arrays.stream(LISTED.split(" "))
            .map(Integer::valueOf)
            .sorted()
            .collect(Collectors.toList());
    assertEquals(expected, ReplyCode.known().stream().map(ReplyCode::code).toList());
    for (ReplyCode code : ReplyCode.known()) {
      assertSame(code, ReplyCode.of(code.code()));
      assertFalse(code.defaultText().isEmpty());
      assertEquals(code.code() + " " + code.defaultText(), code.toString());
    }
  }

  @ParameterizedTest
  @CsvSource({
    // RFC 959 §4.2.1: the first digit
    "125, POSITIVE_PRELIMINARY, CONNECTIONS",
    "150, POSITIVE_PRELIMINARY, FILE_SYSTEM",
    "200, POSITIVE_COMPLETION, SYNTAX",
    "214, POSITIVE_COMPLETION, INFORMATION",
    "331, POSITIVE_INTERMEDIATE, AUTHENTICATION",
    "350, POSITIVE_INTERMEDIATE, FILE_SYSTEM",
    "425, TRANSIENT_NEGATIVE, CONNECTIONS",
    "451, TRANSIENT_NEGATIVE, FILE_SYSTEM",
    "500, PERMANENT_NEGATIVE, SYNTAX",
    "530, PERMANENT_NEGATIVE, AUTHENTICATION",
    "550, PERMANENT_NEGATIVE, FILE_SYSTEM",
    "541, PERMANENT_NEGATIVE, UNSPECIFIED",
    // RFC 2228 §5: protected replies
    "631, PROTECTED, AUTHENTICATION",
    // second digits 6 to 9 are not assigned
    "299, POSITIVE_COMPLETION, UNASSIGNED",
    "160, POSITIVE_PRELIMINARY, UNASSIGNED"
  })
  void splitsCategoryAndFunction(int code, Category category, Function function) {
    ReplyCode replyCode = ReplyCode.of(code);
    assertEquals(code, replyCode.code());
    assertEquals(category, replyCode.category());
    assertEquals(function, replyCode.function());
  }

  @Test
  void categoriesSayWhetherTheCommandWorked() {
    assertTrue(Category.POSITIVE_PRELIMINARY.isPositive());
    assertTrue(Category.POSITIVE_PRELIMINARY.isPreliminary());
    assertTrue(Category.POSITIVE_COMPLETION.isPositive());
    assertFalse(Category.POSITIVE_COMPLETION.isPreliminary());
    assertTrue(Category.POSITIVE_INTERMEDIATE.isPositive());
    assertTrue(Category.TRANSIENT_NEGATIVE.isNegative());
    assertTrue(Category.PERMANENT_NEGATIVE.isNegative());
    assertFalse(Category.PERMANENT_NEGATIVE.isPositive());
    assertFalse(Category.PROTECTED.isPositive());
    assertFalse(Category.PROTECTED.isNegative());
  }

  @Test
  void unlistedCodeIsANewValueEqualByNumber() {
    ReplyCode code = ReplyCode.of(299);
    assertEquals("", code.defaultText());
    assertEquals("299", code.toString());
    assertEquals(code, ReplyCode.of(299));
    assertEquals(299, code.hashCode());
    assertNotEquals(code, ReplyCode.COMMAND_OK_200);
    assertNotEquals(code, 299);
    assertEquals(ReplyCode.COMMAND_OK_200, ReplyCode.of(200));
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -200, 0, 99, 700, 999, 1000, Integer.MAX_VALUE})
  void refusesNumbersOutsideTheReplyRange(int code) {
    assertThrows(InvalidArgumentException.class, () -> ReplyCode.of(code));
  }

  @Property(tries = 600)
  void everyCodeInRangeHasDigitsThatAgree(@ForAll @IntRange(min = 100, max = 699) int code) {
    ReplyCode replyCode = ReplyCode.of(code);
    assertEquals(code / 100 - 1, replyCode.category().ordinal());
    assertEquals(Math.min(code / 10 % 10, 6), replyCode.function().ordinal());
  }
}
