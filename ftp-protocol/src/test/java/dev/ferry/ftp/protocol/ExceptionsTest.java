package dev.ferry.ftp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ExceptionsTest {
  @Test
  void chainsCauses() {
    var cause = new IllegalStateException("x");
    assertSame(cause, new FtpProtocolException("m", cause).getCause());
    assertSame(cause, new InvalidArgumentException("m", cause).getCause());
    assertEquals("m", new InvalidArgumentException("m").getMessage());
    assertEquals("m", new MalformedReplyException("m").getMessage());
  }

  @Property(tries = 50)
  void lineTooLongNamesItsLimit(@ForAll @IntRange(min = 1, max = 1 << 20) int limit) {
    var e = new LineTooLongException(limit);
    assertEquals(limit, e.maxLength());
    assertEquals("line longer than " + limit + " bytes", e.getMessage());
  }
}
