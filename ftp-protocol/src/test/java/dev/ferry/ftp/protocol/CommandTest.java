package dev.ferry.ftp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandTest {
  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("NOOP", Verb.NOOP, ""),
        Arguments.of("noop", Verb.NOOP, ""),
        Arguments.of("NOOP ", Verb.NOOP, ""), // the separator alone: no argument
        Arguments.of("USER anonymous", Verb.USER, "anonymous"),
        Arguments.of("STOR  two leading spaces.txt", Verb.STOR, " two leading spaces.txt"),
        Arguments.of("STOR trailing.txt  ", Verb.STOR, "trailing.txt  "),
        Arguments.of("RETR a b  c", Verb.RETR, "a b  c"),
        Arguments.of("CWD  ", Verb.CWD, " "),
        Arguments.of("RETR a\0b", Verb.RETR, "a\0b"), // NUL kept: the server refuses it later
        Arguments.of("RETR a\rb", Verb.RETR, "a\rb"),
        Arguments.of("MKD répertoire", Verb.MKD, "répertoire"),
        Arguments.of("SITE CHMOD 755 x", Verb.SITE, "CHMOD 755 x"),
        Arguments.of("XSHA256 file", Verb.XSHA256, "file"),
        Arguments.of("FOO bar", Verb.of("FOO"), "bar"));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void parsesVerbAndVerbatimArgument(String line, Verb verb, String argument) {
    Command command = Command.parse(line);
    assertEquals(verb, command.verb());
    assertEquals(argument, command.argument());
    assertEquals(!argument.isEmpty(), command.hasArgument());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " NOOP", "\tNOOP", "0NOOP x", "NOOP\tx", "1 2 3", "NO-OP"})
  void refusesLinesWithoutAVerb(String line) {
    assertThrows(InvalidArgumentException.class, () -> Command.parse(line));
  }

  @Test
  void formatsTheLineAClientSends() {
    assertEquals("NOOP", Command.of(Verb.NOOP).toLine());
    assertEquals("STOR  a ", Command.of(Verb.STOR, " a ").toLine());
    assertEquals("PASS secret", Command.of(Verb.PASS, "secret").toLine());
  }

  @Test
  void toStringMasksSecrets() {
    assertEquals("PASS ****", Command.of(Verb.PASS, "hunter2").toString());
    assertEquals("ACCT ****", Command.parse("acct billing-42").toString());
    assertEquals("PASS", Command.of(Verb.PASS).toString());
    assertFalse(Command.parse("PASS hunter2").toString().contains("hunter2"));
    assertEquals("USER bob", Command.of(Verb.USER, "bob").toString());
  }

  @Test
  void toStringEscapesControlsSoLogsCannotBeForged() {
    String logged = Command.of(Verb.RETR, "a\r\nINFO fake\0\u007f\\").toString();
    assertEquals("RETR a\\r\\nINFO fake\\x00\\x7F\\\\", logged);
    assertEquals("NOOP", Command.of(Verb.NOOP).toString());
  }

  @Test
  void equalsByVerbAndArgument() {
    assertEquals(Command.parse("stor x"), Command.of(Verb.STOR, "x"));
    assertFalse(Command.parse("STOR x").equals(Command.parse("STOR x ")));
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> Command.of(null, "x"));
    assertThrows(NullPointerException.class, () -> Command.of(Verb.NOOP, null));
  }

  @Property(tries = 2000)
  void parseEitherSucceedsOrThrowsInvalidArgument(@ForAll String line) {
    try {
      Command command = Command.parse(line);
      assertEquals(
          line.indexOf(' ') < 0 ? line.length() : line.indexOf(' '),
          command.verb().name().length());
    } catch (InvalidArgumentException expected) {
      // the declared failure
    }
  }

  @Property(tries = 1000)
  void parseOfToLineIsIdentity(@ForAll(supplier = Generators.Commands.class) Command c) {
    assertEquals(c, Command.parse(c.toLine()));
    assertTrue(c.toLine().startsWith(c.verb().name()));
  }
}
