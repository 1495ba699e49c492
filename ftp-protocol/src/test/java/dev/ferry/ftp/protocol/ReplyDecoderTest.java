package dev.ferry.ftp.protocol;

import static dev.ferry.ftp.protocol.Wire.DO;
import static dev.ferry.ftp.protocol.Wire.IAC;
import static dev.ferry.ftp.protocol.Wire.bytes;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.junit.jupiter.params.provider.ValueSource;

class ReplyDecoderTest {
  private final ReplyDecoder decoder = new ReplyDecoder();

  private static Reply decodeOne(String wire) {
    List<Reply> replies = Wire.feedAll(wire.getBytes(UTF_8), new ReplyDecoder()::decode);
    assertEquals(1, replies.size(), "replies decoded");
    return replies.get(0);
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("200 Command okay.\r\n", 200, List.of("Command okay.")),
        Arguments.of("220 ready\n", 220, List.of("ready")), // bare LF
        Arguments.of("200\r\n", 200, List.of("")), // no text, as some servers send
        Arguments.of("200 \r\n", 200, List.of("")),
        Arguments.of("226 -dash\r\n", 226, List.of("-dash")),
        // RFC 959 §4.2
        Arguments.of(
            "123-First line\r\nSecond line\r\n  234 A line beginning with numbers\r\n"
                + "123 The last line\r\n",
            123,
            List.of(
                "First line",
                "Second line",
                "  234 A line beginning with numbers",
                "The last line")),
        // RFC 2389 §3.2: the FEAT reply
        Arguments.of(
            "211-Extensions supported:\r\n MLST size*;create;modify*;perm;media-type\r\n SIZE\r\n"
                + " COMPRESSION\r\n MDTM\r\n211 END\r\n",
            211,
            List.of(
                "Extensions supported:",
                " MLST size*;create;modify*;perm;media-type",
                " SIZE",
                " COMPRESSION",
                " MDTM",
                "END")),
        // only the same code followed by a space ends a multi-line reply
        Arguments.of(
            "150-a\r\n226 other code\r\n150-same code, hyphen\r\n150\r\n",
            150,
            List.of("a", " 226 other code", " 150-same code, hyphen", "")),
        Arguments.of(
            "211-a\r\n211x\r\n2110\r\n211 b\r\n", 211, List.of("a", " 211x", " 2110", "b")),
        Arguments.of("214-\r\n\r\n214 \r\n", 214, List.of("", "", "")),
        // a Telnet negotiation from the server is removed
        Arguments.of(new String(bytes(IAC, DO, 1, "200 ok\r\n"), ISO_8859_1), 200, List.of("ok")));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void decodesRfcExamples(String wire, int code, List<String> lines) {
    List<Reply> replies = Wire.feedAll(wire.getBytes(ISO_8859_1), decoder::decode);
    assertEquals(List.of(Reply.of(ReplyCode.of(code), lines)), replies);
    assertEquals(lines, replies.get(0).lines());
  }

  @Property(tries = 200)
  void examplesSurviveAnySplit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int chunk) {
    examples()
        .forEach(
            arguments -> {
              Object[] a = arguments.get();
              byte[] wire = ((String) a[0]).getBytes(ISO_8859_1);
              List<Reply> replies =
                  Wire.feed(wire, new Random(seed), chunk, new ReplyDecoder()::decode, null);
              assertEquals(List.of(a[2]), replies.stream().map(Reply::lines).toList());
              assertEquals(a[1], replies.get(0).code().code());
            });
  }

  @Test
  void decodesPerLineUtf8OrIso88591() {
    byte[] wire = bytes("211-répertoire\r\n caf", 0xE9, "\r\n211 end\r\n");
    Reply reply = Wire.feedAll(wire, decoder::decode).get(0);
    assertEquals(List.of("répertoire", " café", "end"), reply.lines());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hello\r\n",
        "20 x\r\n",
        "2000 x\r\n",
        "099 x\r\n",
        "700 x\r\n",
        "200x\r\n",
        "\r\n",
        " 200 x\r\n",
        "2a0 x\r\n",
        "-200 x\r\n",
        "20\r\n"
      })
  void refusesAFirstLineWithoutACodeAndGoesOn(String bad) {
    ByteBuffer in = ByteBuffer.wrap((bad + "200 next\r\n").getBytes(UTF_8));
    var e = assertThrows(MalformedReplyException.class, () -> decoder.decode(in));
    assertTrue(e.getMessage().startsWith("a reply must start with a code"), e.getMessage());
    assertEquals(Reply.of(200, "next"), decoder.decode(in));
    assertNull(decoder.decode(in));
  }

  @Test
  void acceptsProtectedReplies() {
    // RFC 2228 §5: 631-633 carry a base64 protected reply
    assertEquals(ReplyCode.INTEGRITY_PROTECTED_631, decodeOne("631 ZGF0YQ==\r\n").code());
  }

  @Test
  void throwsOnceForALongFirstLineAndSkipsItsReply() {
    String wire = "211-0123456789\r\nmore\r\n211-still\r\n211 end\r\n200 ok\r\n";
    assertEquals(
        List.of(Reply.of(200, "ok")), decodeWithOneError(8, 10, wire, LineTooLongException.class));
  }

  @Test
  void throwsOnceForLongLinesInsideAReplyAndSkipsItsRest() {
    String wire = "211-a\r\n0123456789\r\nxxxxxxxxxxxx\r\nb\r\n211 0123456789\r\n220 ok\r\n";
    assertEquals(
        List.of(Reply.of(220, "ok")), decodeWithOneError(8, 10, wire, LineTooLongException.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"211-a\r\n211 0123456789\r\n", "550 0123456789\r\n", "0123456789abc\r\n"})
  void aLongLastLineEndsItsReply(String tooLong) {
    String wire = tooLong + "220 ok\r\n";
    assertEquals(
        List.of(Reply.of(220, "ok")), decodeWithOneError(8, 10, wire, LineTooLongException.class));
  }

  @Test
  void throwsOnceForTooManyLinesAndSkipsTheRestOfThatReply() {
    String fits = "211-a\r\nb\r\n211 c\r\n";
    String tooMany = "211-a\r\nb\r\nc\r\nd\r\n211 e\r\n";
    Reply reply = Reply.of(ReplyCode.SYSTEM_STATUS_211, List.of("a", "b", "c"));
    assertEquals(
        List.of(reply, reply),
        decodeWithOneError(100, 3, fits + tooMany + fits, MalformedReplyException.class));
  }

  @Test
  void oneLineLimitRefusesEveryMultiLineReply() {
    String wire = "211-a\r\n211 b\r\n200 ok\r\n";
    assertEquals(
        List.of(Reply.of(200, "ok")),
        decodeWithOneError(100, 1, wire, MalformedReplyException.class));
  }

  /** Decodes with fresh decoders in several chunk sizes; expects one error and equal results. */
  private static List<Reply> decodeWithOneError(
      int maxLineLength, int maxLines, String wire, Class<? extends FtpProtocolException> type) {
    byte[] bytes = wire.getBytes(UTF_8);
    List<Reply> first = null;
    for (int chunk : new int[] {1, 3, bytes.length}) {
      List<FtpProtocolException> errors = new ArrayList<>();
      ReplyDecoder decoder = new ReplyDecoder(maxLineLength, maxLines);
      List<Reply> replies =
          Wire.feed(bytes, new Random(chunk), chunk, decoder::decode, errors::add);
      assertEquals(1, errors.size(), "errors with chunks of up to " + chunk + ": " + errors);
      assertInstanceOf(type, errors.get(0));
      if (first == null) {
        first = replies;
      }
      assertEquals(first, replies);
    }
    return first;
  }

  @Test
  void decodesAFloodOfReplies() {
    int count = 20_000;
    String wire = "150-Opening\r\n 226 not yet\r\n150 go\r\n226 Done.\r\n".repeat(count);
    ByteBuffer in = ByteBuffer.wrap(wire.getBytes(UTF_8));
    int decoded = 0;
    while (decoder.decode(in) != null) {
      decoded++;
    }
    assertEquals(2 * count, decoded);
  }

  @Test
  void validatesItsLimits() {
    assertThrows(IllegalArgumentException.class, () -> new ReplyDecoder(3, 10));
    assertThrows(IllegalArgumentException.class, () -> new ReplyDecoder(4, 0));
    assertEquals(4096, decoder.maxLineLength());
    assertEquals(1000, decoder.maxLines());
  }

  @Property(tries = 600)
  void formatThenDecodeIsIdentityAcrossAnySplit(
      @ForAll @Size(max = 6) List<@From(supplier = Generators.Replies.class) Reply> replies,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 64) int chunk) {
    byte[] wire = bytes(replies.stream().map(r -> r.toBytes(UTF_8)).toArray());
    assertEquals(replies, Wire.feed(wire, new Random(seed), chunk, decoder::decode, null));
  }

  @Property(tries = 500)
  void latin1RepliesRoundTripIncludingIacBytes(
      @ForAll @Size(min = 1, max = 4)
          List<@From(supplier = Generators.Latin1Texts.class) String> lines) {
    Reply reply = Reply.of(ReplyCode.FILE_STATUS_213, lines);
    assertEquals(List.of(reply), Wire.feedAll(reply.toBytes(ISO_8859_1), decoder::decode));
  }

  @Property(tries = 1500)
  void fuzzOnlyProtocolExceptionsAndBoundedMemory(
      @ForAll(supplier = Generators.WireBytes.class) byte[] wire,
      @ForAll @IntRange(min = 4, max = 40) int limit,
      @ForAll @IntRange(min = 1, max = 5) int maxLines,
      @ForAll long seed) {
    ReplyDecoder bounded = new ReplyDecoder(limit, maxLines);
    Wire.feed(
        wire,
        new Random(seed),
        17,
        in -> {
          Reply reply = bounded.decode(in);
          assertTrue(bounded.bufferCapacity() <= limit, "buffer within the limit");
          assertTrue(bounded.bufferedLines() < maxLines, "lines within the limit");
          return reply;
        },
        e -> assertTrue(bounded.bufferCapacity() <= limit));
  }
}
