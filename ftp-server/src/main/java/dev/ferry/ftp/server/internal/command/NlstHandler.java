package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.internal.listing.ListingFormat;
import jakarta.inject.Inject;
import java.time.Clock;

/** NLST (RFC 959 §4.1.3): the names alone, one per line. */
final class NlstHandler extends ListingHandler {
  @Inject
  NlstHandler(Clock clock) {
    super(Verb.NLST, ListingFormat.NAMES, clock, "NLST [<sp> pathname]: list names");
  }
}
