package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.internal.listing.ListingFormat;
import jakarta.inject.Inject;
import java.time.Clock;

/** LIST (RFC 959 §4.1.3): {@code ls -l} lines, the format every client parses. */
final class ListHandler extends ListingHandler {
  @Inject
  ListHandler(Clock clock) {
    super(Verb.LIST, ListingFormat.LONG, clock, "LIST [<sp> pathname]: list a directory");
  }
}
