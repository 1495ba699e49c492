package dev.ferry.ftp.protocol;

import static dev.ferry.ftp.protocol.Wire.IAC;
import static dev.ferry.ftp.protocol.Wire.bytes;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyTest {
  @Test
  void formatsASingleLine() {
    Reply reply = Reply.of(ReplyCode.COMMAND_OK_200);
    assertEquals("200 Command okay.\r\n", reply.format());
    assertFalse(reply.isMultiLine());
    assertEquals("Command okay.", reply.text());
    assertEquals(List.of("Command okay."), reply.lines());
    assertEquals("226 \r\n", Reply.of(226, "").format());
  }

  @Test
  void formatsTheMultiLineExampleOfRfc959() {
    // RFC 959 §4.2
    Reply reply =
        Reply.of(
            ReplyCode.of(123),
            List.of(
                "First line",
                "Second line",
                "  234 A line beginning with numbers",
                "The last line"));
    assertEquals(
        "123-First line\r\n"
            + "Second line\r\n"
            + "  234 A line beginning with numbers\r\n"
            + "123 The last line\r\n",
        reply.format());
    assertTrue(reply.isMultiLine());
    assertEquals(
        "First line\nSecond line\n  234 A line beginning with numbers\nThe last line",
        reply.text());
  }

  @Test
  void padsInnerLinesThatBeginWithADigit() {
    // RFC 959 §4.2: "If an intermediary line begins with a 3-digit number, the Server must pad
    // the front to avoid confusion."
    Reply reply =
        Reply.of(ReplyCode.SYSTEM_STATUS_211, List.of("211-x", "211 fake end", "7 files", "211 x"));
    assertEquals(List.of("211-x", " 211 fake end", " 7 files", "211 x"), reply.lines());
    assertEquals("211-211-x\r\n 211 fake end\r\n 7 files\r\n211 211 x\r\n", reply.format());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x\r\n230 User logged in, proceed.",
        "x\n230 User logged in, proceed.",
        "x\r230 User logged in, proceed.",
        "x\r\n230-forged\r\n230 User logged in, proceed."
      })
  void aNameWithLineBreaksCannotForgeAReply(String fileName) {
    // A server echoes a client-chosen name; the client must read one 550 reply and nothing else.
    Reply reply = Reply.of(ReplyCode.FILE_UNAVAILABLE_550, "No such file: " + fileName + " (end)");
    String wire = reply.format();
    for (String line : wire.split("\r\n")) {
      assertFalse(line.startsWith("230"), line);
      assertFalse(line.contains("\r") || line.contains("\n"), line);
    }
    List<Reply> decoded = Wire.feedAll(wire.getBytes(UTF_8), new ReplyDecoder()::decode);
    assertEquals(List.of(reply), decoded);
    assertEquals(ReplyCode.FILE_UNAVAILABLE_550, decoded.get(0).code());
    assertTrue(decoded.get(0).text().endsWith("(end)"));
  }

  @Test
  void splitsTextAtEveryKindOfLineBreak() {
    Reply reply = Reply.of(ReplyCode.HELP_MESSAGE_214, "a\r\nb\rc\nd\r\n");
    assertEquals(List.of("a", "b", "c", "d", ""), reply.lines());
    assertEquals(
        List.of("a", "b", "c"), Reply.of(ReplyCode.HELP_MESSAGE_214, List.of("a\nb", "c")).lines());
  }

  @Test
  void refusesAnEmptyListOfLines() {
    assertThrows(
        IllegalArgumentException.class, () -> Reply.of(ReplyCode.COMMAND_OK_200, List.of()));
  }

  @Test
  void encodesWithIacDoubledOutsideUtf8() {
    Reply reply = Reply.of(ReplyCode.FILE_UNAVAILABLE_550, "ÿ");
    assertArrayEquals(bytes("550 ", IAC, IAC, "\r\n"), reply.toBytes(ISO_8859_1));
    assertArrayEquals(bytes("550 ÿ\r\n"), reply.toBytes(UTF_8));
    assertArrayEquals(bytes("550 ?\r\n"), Reply.of(550, "中").toBytes(ISO_8859_1));
  }

  @Test
  void equalsByCodeAndLines() {
    assertEquals(Reply.of(200, "a"), Reply.of(ReplyCode.COMMAND_OK_200, "a"));
    assertEquals(Reply.of(200, "a").hashCode(), Reply.of(ReplyCode.COMMAND_OK_200, "a").hashCode());
    assertNotEquals(Reply.of(200, "a"), Reply.of(200, "b"));
    assertNotEquals(Reply.of(200, "a"), Reply.of(201, "a"));
    assertNotEquals(Reply.of(200, "a"), "200 a");
    assertEquals("550 a\\nb\\x00", Reply.of(550, "a\nb\0").toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // RFC 959 Appendix II
        "\"/usr/dm/pathname\" directory created|/usr/dm/pathname",
        "\"/usr/dm/foo\"\"bar\" directory created|/usr/dm/foo\"bar",
        "\"/usr/dm/foo\"\"bar\"|/usr/dm/foo\"bar",
        "\"<MYDIR.STUFF>\" created|<MYDIR.STUFF>",
        // beyond the RFC: words before the path, quotes at the edges, an empty path
        "Current directory is \"/home/x\"|/home/x",
        "\"\"\"a\"\"\"|\"a\"",
        "\"\" is current directory|''",
        "\"/ with spaces / \" ok|'/ with spaces / '"
      })
  void readsThePathOfA257Reply(String text, String path) {
    assertEquals(
        path.equals("''") ? "" : path, Reply.of(ReplyCode.PATHNAME_CREATED_257, text).pathname());
  }

  @Test
  void formatsA257ReplyWithThePathQuoted() {
    // RFC 959 Appendix II
    assertEquals(
        "257 \"/usr/dm/foo\"\"bar\" directory created\r\n",
        Reply.ofPathname("/usr/dm/foo\"bar", "directory created").format());
    assertEquals("257 \"/\"\r\n", Reply.ofPathname("/", "").format());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MKD command successful.", "\"/unterminated", "", "\"/a\"\"\" x \"b"})
  void refusesA257ReplyWithoutAQuotedPath(String text) {
    Reply reply = Reply.of(ReplyCode.PATHNAME_CREATED_257, text);
    if (text.startsWith("\"/a")) {
      assertEquals("/a\"", reply.pathname()); // the first complete quoted string wins
    } else {
      assertThrows(MalformedReplyException.class, reply::pathname);
    }
  }

  @Property(tries = 1000)
  void pathnameRoundTrips(@ForAll String path, @ForAll String commentary) {
    Reply reply = Reply.ofPathname(path, commentary);
    String decoded = reply.pathname();
    if (path.indexOf('\r') < 0 && path.indexOf('\n') < 0) {
      assertEquals(path, decoded);
    }
  }

  @Property(tries = 1000)
  void pathnameOfAnyTextIsAPathOrMalformed(@ForAll String text) {
    try {
      String path = Reply.of(ReplyCode.PATHNAME_CREATED_257, text).pathname();
      assertTrue(path.length() < text.length());
    } catch (MalformedReplyException expected) {
      // the declared failure
    }
  }

  @Property(tries = 1000)
  void formatThenDecodeIsIdentity(@ForAll(supplier = Generators.Replies.class) Reply reply) {
    assertEquals(reply, new ReplyDecoder().decode(ByteBuffer.wrap(reply.toBytes(UTF_8))));
    assertEquals(reply, Reply.of(reply.code(), reply.lines()), "normalizing twice changes nothing");
  }

  @Property(tries = 1000)
  void formattedRepliesHaveNoStrayLineBreaksAndOneEnd(
      @ForAll(supplier = Generators.Replies.class) Reply reply) {
    String[] lines = reply.format().split("\r\n", -1);
    int last = lines.length - 2;
    assertEquals(reply.lines().size() - 1, last);
    assertEquals("", lines[last + 1], "the reply ends with CRLF");
    String code = Integer.toString(reply.code().code());
    assertTrue(lines[0].startsWith(code + (last == 0 ? " " : "-")));
    assertTrue(lines[last].startsWith(code + " "));
    for (int i = 0; i <= last; i++) {
      assertFalse(lines[i].contains("\r") || lines[i].contains("\n"));
      if (i > 0 && i < last && !lines[i].isEmpty()) {
        assertFalse(Character.isDigit(lines[i].charAt(0)), lines[i]);
      }
    }
  }
}
