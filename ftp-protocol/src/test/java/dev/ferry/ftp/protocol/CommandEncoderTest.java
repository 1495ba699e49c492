package dev.ferry.ftp.protocol;

import static dev.ferry.ftp.protocol.Wire.DM;
import static dev.ferry.ftp.protocol.Wire.IAC;
import static dev.ferry.ftp.protocol.Wire.IP;
import static dev.ferry.ftp.protocol.Wire.bytes;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandEncoderTest {
  private final CommandEncoder utf8 = new CommandEncoder();

  @Test
  void encodesTheLineAndCrLf() {
    assertArrayEquals(bytes("NOOP\r\n"), utf8.encode(Command.of(Verb.NOOP)));
    assertArrayEquals(bytes("STOR  a \r\n"), utf8.encode(Command.of(Verb.STOR, " a ")));
    assertArrayEquals(bytes("MKD 目录\r\n"), utf8.encode(Command.of(Verb.MKD, "目录")));
    assertEquals(UTF_8, utf8.charset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nDELE b", "a\nb", "a\r", "\n"})
  void refusesCrOrLfThatWouldSmuggleASecondCommand(String argument) {
    var e =
        assertThrows(
            InvalidArgumentException.class, () -> utf8.encode(Command.of(Verb.RETR, argument)));
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void doublesIacBytesTheCharsetProduces() {
    CommandEncoder latin1 = new CommandEncoder(ISO_8859_1);
    assertArrayEquals(
        bytes("RETR ", IAC, IAC, "x", IAC, IAC, "\r\n"),
        latin1.encode(Command.of(Verb.RETR, "ÿxÿ")));
    assertArrayEquals(bytes("RETR ÿ\r\n"), utf8.encode(Command.of(Verb.RETR, "ÿ")));
  }

  @Test
  void refusesCharactersTheCharsetCannotEncode() {
    var e =
        assertThrows(
            InvalidArgumentException.class,
            () -> new CommandEncoder(ISO_8859_1).encode(Command.of(Verb.RETR, "目录")));
    assertInstanceOf(java.nio.charset.CharacterCodingException.class, e.getCause());
    assertThrows(
        InvalidArgumentException.class, () -> utf8.encode(Command.of(Verb.RETR, "\uD800")));
  }

  @Test
  void prefixesAnUrgentCommandWithInterruptProcessAndSynch() {
    // RFC 959 §4.1.3: ABOR is preceded by Telnet IP and Synch (IAC DM)
    byte[] wire = utf8.encodeUrgent(Command.of(Verb.ABOR));
    assertArrayEquals(bytes(IAC, IP, IAC, DM, "ABOR\r\n"), wire);
    DecodedCommand decoded = new CommandDecoder().decode(ByteBuffer.wrap(wire));
    assertTrue(decoded.interrupted());
    assertEquals(Command.of(Verb.ABOR), decoded.command());
  }

  @Test
  void acceptsOnlyAsciiCompatibleCharsets() {
    assertThrows(IllegalArgumentException.class, () -> new CommandEncoder(UTF_16));
    assertEquals(US_ASCII, new CommandEncoder(US_ASCII).charset());
    assertEquals(
        Charset.forName("windows-1252"),
        new CommandEncoder(Charset.forName("windows-1252")).charset());
  }

  @Property(tries = 500)
  void neverProducesALoneIacOrAnEarlyEndOfLine(
      @ForAll(supplier = Generators.Latin1Commands.class) Command command) {
    byte[] wire = new CommandEncoder(ISO_8859_1).encode(command);
    for (int i = 0; i < wire.length - 2; i++) {
      assertFalse(wire[i] == '\n' || wire[i] == '\r' && wire[i + 1] == '\n');
      if (wire[i] == (byte) IAC) {
        assertEquals((byte) IAC, wire[++i]);
      }
    }
  }
}
