package dev.ferry.ftp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.address.ExtendedPortCodec;
import dev.ferry.ftp.protocol.address.HostPort;
import dev.ferry.ftp.protocol.address.PortCodec;
import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.Fact;
import dev.ferry.ftp.protocol.listing.ListingEntry;
import dev.ferry.ftp.protocol.listing.ListingFormatter;
import dev.ferry.ftp.protocol.listing.ListingParser;
import dev.ferry.ftp.protocol.listing.ListingTime;
import dev.ferry.ftp.protocol.listing.Mlsx;
import dev.ferry.ftp.protocol.param.Timeval;
import dev.ferry.ftp.testkit.docs.DocSnippets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/protocol.md}, compiled and run; the guide must quote them exactly. */
class ProtocolGuideTest {
  @Test
  void guideQuotesTheseExamples() throws IOException {
    DocSnippets.assertGuideMatches(
        Path.of("src/test/java/dev/ferry/ftp/protocol/ProtocolGuideTest.java"),
        Path.of("../docs/protocol.md"));
  }

  @Test
  void parseACommandLine() {
    // snippet:parse-command
    Command command = Command.parse("stor  report 2026.csv");
    assertEquals(Verb.STOR, command.verb());           // verbs are case-insensitive
    assertEquals(" report 2026.csv", command.argument()); // the argument is kept verbatim
    // end-snippet
  }

  @Test
  void decodeCommandsFromASocketsBytes() {
    // snippet:decode-commands
    CommandDecoder decoder = new CommandDecoder(); // lines up to 4096 bytes
    ByteBuffer received = ByteBuffer.wrap("USER ferry\r\nPASS secret\r\nTY".getBytes(StandardCharsets.UTF_8));
    List<Command> commands = new ArrayList<>();
    DecodedCommand decoded;
    while ((decoded = decoder.decode(received)) != null) {
      commands.add(decoded.command());
    }
    assertEquals(List.of(Verb.USER, Verb.PASS), commands.stream().map(Command::verb).toList());
    assertEquals("PASS ****", commands.get(1).toString()); // passwords never reach a log
    // "TY" waits in the decoder for the rest of its line.
    // end-snippet
  }

  @Test
  void formatAReply() {
    // snippet:format-reply
    Reply created = Reply.ofPathname("/home/ferry/a \"quoted\" dir", "created");
    assertEquals("257 \"/home/ferry/a \"\"quoted\"\" dir\" created\r\n", created.format());

    Reply features = Reply.of(ReplyCode.SYSTEM_STATUS_211, List.of("Features:", " UTF8", " EPSV", "End"));
    assertEquals("211-Features:\r\n UTF8\r\n EPSV\r\n211 End\r\n", features.format());
    // end-snippet
  }

  @Test
  void decodeAReplyAsAClient() {
    // snippet:decode-reply
    ReplyDecoder decoder = new ReplyDecoder();
    Reply reply = decoder.decode(ByteBuffer.wrap(
        "230-Welcome\r\n200 is not the end: only 230 and a space end it\r\n230 Logged in.\r\n"
            .getBytes(StandardCharsets.UTF_8)));
    assertTrue(reply.code().category().isPositive());
    assertEquals(3, reply.lines().size());
    // end-snippet
  }

  @Test
  void decodeAnEpsvReply() {
    // snippet:decode-epsv
    int port = ExtendedPortCodec.parsePassiveReply("Entering Extended Passive Mode (|||6446|)");
    assertEquals(6446, port);

    HostPort target = PortCodec.parsePassiveReply("Entering Passive Mode (192,168,1,2,4,1).");
    assertEquals("192.168.1.2:1025", target.toString());

    HostPort active = ExtendedPortCodec.parseArgument("|2|1080::8:800:200C:417A|5282|");
    assertEquals("|2|1080::8:800:200c:417a|5282|", ExtendedPortCodec.formatArgument(active));
    // end-snippet
    assertFalse(active.address().isLoopbackAddress());
  }

  @Test
  void parseAListing() {
    // snippet:parse-listing
    ListingParser parser = ListingParser.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC)) // for year-less dates
        .build();
    ListingEntry unix = parser.parse("-rw-r--r--   1 ferry  staff   1048576 Nov  5 09:30 report 2026.csv").orElseThrow();
    assertEquals("report 2026.csv", unix.name());
    assertEquals(1048576L, unix.size().getAsLong());
    ListingTime modified = unix.modified().orElseThrow();
    assertEquals(Instant.parse("2026-11-05T09:30:00Z"), modified.instant());
    assertEquals(ChronoUnit.MINUTES, modified.precision()); // honest: ls shows no seconds

    ListingEntry windows = parser.parse("11-05-26  09:30AM       <DIR>          Backups").orElseThrow();
    assertEquals(EntryType.DIRECTORY, windows.type());
    assertTrue(parser.parse("total 42").isEmpty()); // not an entry
    // end-snippet
  }

  @Test
  void formatListingLines() {
    // snippet:format-listing
    ListingEntry entry = ListingEntry.builder("notes.txt", EntryType.FILE)
        .size(42)
        .modified(ListingTime.of(Instant.parse("2026-11-20T08:15:00Z"), ChronoUnit.SECONDS))
        .mode(0644).owner("ferry").group("ferry").linkCount(1)
        .build();
    ListingFormatter ls = ListingFormatter.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC))
        .build();
    assertEquals("-rw-r--r--    1 ferry    ferry          42 Nov 20 08:15 notes.txt", ls.formatList(entry));
    assertEquals("type=file;size=42;modify=20261120081500; notes.txt",
        Mlsx.format(entry, EnumSet.of(Fact.TYPE, Fact.SIZE, Fact.MODIFY)));
    assertEquals(Instant.parse("2026-11-20T08:15:00Z"), Timeval.parse("20261120081500").instant());
    // end-snippet
  }
}
