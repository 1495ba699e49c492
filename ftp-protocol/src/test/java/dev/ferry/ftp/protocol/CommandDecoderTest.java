package dev.ferry.ftp.protocol;

import static dev.ferry.ftp.protocol.Wire.AYT;
import static dev.ferry.ftp.protocol.Wire.DM;
import static dev.ferry.ftp.protocol.Wire.DO;
import static dev.ferry.ftp.protocol.Wire.DONT;
import static dev.ferry.ftp.protocol.Wire.GA;
import static dev.ferry.ftp.protocol.Wire.IAC;
import static dev.ferry.ftp.protocol.Wire.IP;
import static dev.ferry.ftp.protocol.Wire.NOP;
import static dev.ferry.ftp.protocol.Wire.SB;
import static dev.ferry.ftp.protocol.Wire.SE;
import static dev.ferry.ftp.protocol.Wire.WILL;
import static dev.ferry.ftp.protocol.Wire.WONT;
import static dev.ferry.ftp.protocol.Wire.bytes;
import static dev.ferry.ftp.protocol.Wire.latin1;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandDecoderTest {
  private final CommandDecoder decoder = new CommandDecoder();

  private static DecodedCommand decodeOne(byte[] wire) {
    List<DecodedCommand> commands = Wire.feedAll(wire, new CommandDecoder()::decode);
    assertEquals(1, commands.size(), "commands decoded");
    return commands.get(0);
  }

  /** RFC 854 command sequences inside and around a command line. */
  static Stream<Arguments> telnetSequences() {
    return Stream.of(
        // IAC IAC is the data byte 255 (RFC 854 "TELNET COMMAND STRUCTURE")
        Arguments.of(bytes("RETR a", IAC, IAC, "b\r\n"), "RETR aÿb", false),
        // option negotiation is removed, with its option byte, wherever it appears
        Arguments.of(bytes(IAC, WILL, 1, "NOOP\r\n"), "NOOP", false),
        Arguments.of(bytes(IAC, WONT, 1, IAC, DO, 3, IAC, DONT, 24, "NOOP\r\n"), "NOOP", false),
        Arguments.of(bytes("NO", IAC, DO, 10, "OP\r\n"), "NOOP", false), // option 10 is not LF
        Arguments.of(bytes("NO", IAC, WILL, IAC, "OP\r\n"), "NOOP", false), // option 255 too
        // subnegotiation, including an escaped IAC inside it
        Arguments.of(bytes(IAC, SB, 24, 0, "xterm", IAC, SE, "NOOP\r\n"), "NOOP", false),
        Arguments.of(bytes(IAC, SB, 1, IAC, IAC, '\n', IAC, 7, IAC, SE, "NOOP\r\n"), "NOOP", false),
        // other commands carry no data
        Arguments.of(bytes(IAC, NOP, "NO", IAC, AYT, "OP", IAC, GA, "\r\n"), "NOOP", false),
        Arguments.of(bytes(IAC, SE, "NOOP\r\n"), "NOOP", false),
        // RFC 959 §4.1.3: ABOR preceded by Telnet IP and Synch (IAC DM)
        Arguments.of(bytes(IAC, IP, IAC, DM, "ABOR\r\n"), "ABOR", true),
        Arguments.of(bytes(IAC, IP, "ABOR\r\n"), "ABOR", true),
        Arguments.of(bytes(IAC, DM, "STAT\r\n"), "STAT", true),
        // the DM went as TCP urgent data and the socket dropped it: IAC IP IAC ABOR
        Arguments.of(bytes(IAC, IP, IAC, "ABOR\r\n"), "ABOR", true),
        // a 255 byte a client did not double is kept as data
        Arguments.of(bytes("RETR ", IAC, "x\r\n"), "RETR ÿx", false),
        Arguments.of(bytes("RETR ", IAC, "\r\n"), "RETR ÿ", false),
        // CR between the line and its LF, with a Telnet command in between
        Arguments.of(bytes("NOOP\r", IAC, NOP, "\n"), "NOOP", false));
  }

  @ParameterizedTest
  @MethodSource("telnetSequences")
  void handlesTelnet(byte[] wire, String line, boolean interrupted) {
    DecodedCommand decoded = decodeOne(wire);
    assertEquals(Command.parse(line), decoded.command());
    assertEquals(interrupted, decoded.interrupted());
  }

  @Property(tries = 200)
  void telnetSequencesSurviveAnySplit(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int chunk) {
    telnetSequences()
        .forEach(
            arguments -> {
              Object[] a = arguments.get();
              List<DecodedCommand> decoded =
                  Wire.feed(
                      (byte[]) a[0], new Random(seed), chunk, new CommandDecoder()::decode, null);
              assertEquals(1, decoded.size());
              assertEquals(Command.parse((String) a[1]), decoded.get(0).command());
              assertEquals(a[2], decoded.get(0).interrupted());
            });
  }

  @Test
  void interruptBelongsOnlyToTheLineItPreceded() {
    List<DecodedCommand> commands =
        Wire.feedAll(bytes(IAC, IP, IAC, DM, "ABOR\r\nNOOP\r\n"), decoder::decode);
    assertTrue(commands.get(0).interrupted());
    assertFalse(commands.get(1).interrupted());
  }

  @Test
  void endsLinesAtCrLfOrBareLf() {
    List<DecodedCommand> commands =
        Wire.feedAll(bytes("USER a\r\nPASS b\nSTOR c\rd\r\nSTOR e\r\r\n"), decoder::decode);
    assertEquals(
        List.of(
            Command.of(Verb.USER, "a"),
            Command.of(Verb.PASS, "b"),
            Command.of(Verb.STOR, "c\rd"), // a CR without LF is data
            Command.of(Verb.STOR, "e\r")),
        commands.stream().map(DecodedCommand::command).toList());
  }

  @Test
  void keepsNulAndOtherControlsInALine() {
    assertEquals("a\0b\u0001\t", decodeOne(bytes("RETR a\0b\u0001\t\r\n")).command().argument());
  }

  @Test
  void decodesUtf8AndSaysSo() {
    DecodedCommand decoded = decodeOne(bytes("MKD répertoire 目录\r\n"));
    assertEquals("répertoire 目录", decoded.command().argument());
    assertEquals(UTF_8, decoded.charset());
    assertEquals(UTF_8, decodeOne(bytes("NOOP\r\n")).charset());
  }

  @Test
  void fallsBackToIso88591LosslesslyForInvalidUtf8() {
    byte[] name = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xC3, (byte) 0x28, (byte) 0x80};
    DecodedCommand decoded = decodeOne(bytes("RETR ", name, "\r\n"));
    assertEquals(ISO_8859_1, decoded.charset());
    assertArrayEquals(name, decoded.command().argument().getBytes(decoded.charset()));
  }

  @Test
  void throwsOnceForALongLineThenDecodesTheNextOne() {
    CommandDecoder small = new CommandDecoder(10);
    byte[] wire = bytes("STOR 0123456789abcdef\r\nNOOP\r\nSTOR 01234\r\n");
    List<FtpProtocolException> errors = new ArrayList<>();
    List<DecodedCommand> commands = Wire.feed(wire, new Random(1), 3, small::decode, errors::add);
    assertEquals(1, errors.size());
    assertEquals(10, ((LineTooLongException) errors.get(0)).maxLength());
    assertEquals(
        List.of(Command.of(Verb.NOOP), Command.of(Verb.STOR, "01234")),
        commands.stream().map(DecodedCommand::command).toList());
  }

  @Test
  void throwsAsSoonAsTheLimitIsPassedWithoutWaitingForTheEndOfLine() {
    CommandDecoder small = new CommandDecoder(4);
    ByteBuffer in = ByteBuffer.wrap(bytes("NOOPX and more"));
    assertThrows(LineTooLongException.class, () -> small.decode(in));
    assertEquals(5, in.position());
    assertNull(small.decode(in));
    assertEquals(
        Command.of(Verb.QUIT), small.decode(ByteBuffer.wrap(bytes("...\r\nQUIT\r\n"))).command());
  }

  @Test
  void acceptsALineOfExactlyTheLimitEvenWithItsCrArrivingLast() {
    CommandDecoder small = new CommandDecoder(4);
    assertNull(small.decode(ByteBuffer.wrap(bytes("NOOP\r"))));
    assertEquals(Command.of(Verb.NOOP), small.decode(ByteBuffer.wrap(bytes("\n"))).command());
    assertThrows(
        LineTooLongException.class, () -> small.decode(ByteBuffer.wrap(bytes("NOOP\rx\n"))));
  }

  @Test
  void growsItsBufferUpToTheDefaultLimitAndNoFurther() {
    String name = "x".repeat(CommandDecoder.DEFAULT_MAX_LINE_LENGTH - 5);
    DecodedCommand decoded = decoder.decode(ByteBuffer.wrap(bytes("STOR ", name, "\r\n")));
    assertEquals(name, decoded.command().argument());
    assertEquals(CommandDecoder.DEFAULT_MAX_LINE_LENGTH, decoder.bufferCapacity());
    ByteBuffer longer = ByteBuffer.wrap(bytes("STOR x", name, "\r\nNOOP\r\n"));
    assertThrows(LineTooLongException.class, () -> decoder.decode(longer));
    assertEquals(Command.of(Verb.NOOP), decoder.decode(longer).command());
    assertEquals(CommandDecoder.DEFAULT_MAX_LINE_LENGTH, decoder.bufferCapacity());
  }

  @Test
  void countsAnOverlongSubnegotiationAsALongLine() {
    CommandDecoder small = new CommandDecoder(8);
    byte[] wire = bytes(IAC, SB, 1, "0123456789", IAC, SE, "\r\nNOOP\r\n");
    List<FtpProtocolException> errors = new ArrayList<>();
    List<DecodedCommand> commands = Wire.feed(wire, new Random(2), 4, small::decode, errors::add);
    assertEquals(1, errors.size());
    assertEquals(
        List.of(Command.of(Verb.NOOP)), commands.stream().map(DecodedCommand::command).toList());
  }

  @Test
  void reportsABadVerbAndGoesOn() {
    ByteBuffer in = ByteBuffer.wrap(bytes("\r\n1NOOP\r\nNOOP\r\n"));
    assertThrows(InvalidArgumentException.class, () -> decoder.decode(in));
    assertThrows(InvalidArgumentException.class, () -> decoder.decode(in));
    assertEquals(Command.of(Verb.NOOP), decoder.decode(in).command());
    assertNull(decoder.decode(in));
  }

  @Test
  void stopsAtTheEndOfEachCommandAndLeavesTheRestToTheCaller() {
    // A server that switches to TLS after AUTH must see what was pipelined behind it.
    ByteBuffer in = ByteBuffer.wrap(bytes("AUTH TLS\r\nUSER injected\r\n"));
    assertEquals(Command.of(Verb.AUTH, "TLS"), decoder.decode(in).command());
    assertEquals(10, in.position());
    assertEquals(Command.of(Verb.NOOP), decoder.decode(ByteBuffer.wrap(bytes("NOOP\n"))).command());
  }

  @Test
  void decodesAFloodOfCommandsFromOneBuffer() {
    int count = 100_000;
    byte[] wire = bytes("NOOP\r\n".repeat(count - 1), "QUIT\r\n");
    ByteBuffer in = ByteBuffer.wrap(wire);
    int decoded = 0;
    DecodedCommand last = null;
    for (DecodedCommand c; (c = decoder.decode(in)) != null; decoded++) {
      last = c;
    }
    assertEquals(count, decoded);
    assertEquals(Verb.QUIT, last.command().verb());
    assertTrue(decoder.bufferCapacity() <= decoder.maxLineLength());
  }

  @Test
  void readsFromDirectAndReadOnlyBuffers() {
    ByteBuffer direct = ByteBuffer.allocateDirect(16).put(bytes("NOOP\r\n")).flip();
    assertEquals(Command.of(Verb.NOOP), decoder.decode(direct).command());
    ByteBuffer readOnly = ByteBuffer.wrap(bytes(IAC, IP, IAC, "ABOR\n")).asReadOnlyBuffer();
    assertTrue(decoder.decode(readOnly).interrupted());
  }

  @Test
  void validatesItsLimit() {
    assertThrows(IllegalArgumentException.class, () -> new CommandDecoder(0));
    assertEquals(4096, new CommandDecoder().maxLineLength());
    assertEquals(1, new CommandDecoder(1).maxLineLength());
  }

  @Property(tries = 600)
  void encodeThenDecodeIsIdentityAcrossAnySplit(
      @ForAll @Size(max = 8) List<@From(supplier = Generators.Commands.class) Command> commands,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 64) int chunk) {
    CommandEncoder encoder = new CommandEncoder();
    byte[] wire = bytes(commands.stream().map(encoder::encode).toArray());
    List<DecodedCommand> decoded = Wire.feed(wire, new Random(seed), chunk, decoder::decode, null);
    assertEquals(commands, decoded.stream().map(DecodedCommand::command).toList());
  }

  @Property(tries = 500)
  void latin1NamesRoundTripByteForByte(
      @ForAll(supplier = Generators.Latin1Commands.class) Command command) {
    byte[] wire = new CommandEncoder(ISO_8859_1).encode(command);
    DecodedCommand decoded = decodeOne(wire);
    assertEquals(command, decoded.command());
    assertArrayEquals(
        latin1(command.argument()), decoded.command().argument().getBytes(decoded.charset()));
  }

  @Property(tries = 2000)
  void fuzzOnlyProtocolExceptionsAndBoundedMemory(
      @ForAll(supplier = Generators.WireBytes.class) byte[] wire,
      @ForAll @IntRange(min = 1, max = 40) int limit,
      @ForAll long seed) {
    CommandDecoder bounded = new CommandDecoder(limit);
    Wire.feed(
        wire,
        new Random(seed),
        17,
        in -> {
          DecodedCommand c = bounded.decode(in);
          assertTrue(bounded.bufferCapacity() <= limit, "buffer within the limit");
          if (c != null) {
            assertTrue(c.command().toLine().length() <= limit);
          }
          return c;
        },
        e -> assertTrue(bounded.bufferCapacity() <= limit));
  }
}
