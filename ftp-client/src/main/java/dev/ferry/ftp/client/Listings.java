package dev.ferry.ftp.client;

import static dev.ferry.ftp.client.TransferProgress.Direction.DOWNLOAD;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.ListingEntry;
import dev.ferry.ftp.protocol.listing.ListingParser;
import dev.ferry.ftp.protocol.listing.Mlsx;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listings and status: MLSD and MLST (RFC 3659 §7) when the server offers them (its FEAT lists
 * MLST), LIST through the dialect parsers and NLST otherwise.
 */
final class Listings {
  private static final Logger log = LoggerFactory.getLogger(Listings.class);

  private final FtpSession session;
  private final ListingParser parser;
  private boolean mlsxRefused;
  private boolean preferList;

  Listings(FtpSession session, ListingParser parser) {
    this.session = session;
    this.parser = parser;
  }

  List<RemoteFile> list(String directory) throws IOException {
    if (hasMlsx()) {
      Command mlsd = withPath(Verb.MLSD, directory);
      try {
        return entries(directory, lines(mlsd, directory), true);
      } catch (FtpUnsupportedException e) {
        log.debug("{}: MLSD refused, falling back to LIST", session.control().name());
        mlsxRefused = true;
      }
    }
    Command list = withPath(Verb.LIST, directory);
    try {
      return entries(directory, lines(list, directory), false);
    } catch (FtpReplyException e) {
      if (saysEmpty(e)) {
        return List.of();
      }
      throw e;
    }
  }

  List<String> names(String directory) throws IOException {
    try {
      List<String> names = new ArrayList<>();
      for (String name : lines(withPath(Verb.NLST, directory), directory)) {
        String last = RemotePaths.name(name);
        if (!name.isEmpty() && !last.equals(".") && !last.equals("..")) { // Pure-FTPd lists both
          names.add(name);
        }
      }
      return names;
    } catch (FtpReplyException e) {
      if (saysEmpty(e)) {
        return List.of();
      }
      throw e;
    }
  }

  RemoteFile stat(String path) throws IOException {
    String target = RemotePaths.stripTrailingSlashes(path);
    if (hasMlsx()) {
      Command mlst = withPath(Verb.MLST, target);
      Reply reply = session.exchange(mlst);
      if (reply.code().code() == 250) {
        return new RemoteFile(target, controlEntry(mlst, reply));
      }
      FtpReplyException refusal = Replies.refusal(mlst, reply);
      if (refusal instanceof FtpPermissionException || refusal instanceof FtpTransientException) {
        throw refusal;
      }
      if (!(refusal instanceof FtpUnsupportedException)) {
        // MLST can only fail on the path: 550, or 501 from MINA FtpServer for a missing one.
        throw new FtpNotFoundException(mlst, reply);
      }
      mlsxRefused = true;
    }
    return statWithoutMlst(target);
  }

  /** Without MLST: the entry's line in its parent's listing, else what SIZE and CWD tell. */
  private RemoteFile statWithoutMlst(String path) throws IOException {
    if (path.isEmpty() || path.equals("/")) {
      return new RemoteFile(path, ListingEntry.builder(path.isEmpty() ? "." : "/", EntryType.DIRECTORY).build());
    }
    String name = RemotePaths.name(path);
    try {
      for (RemoteFile file : list(RemotePaths.parent(path))) {
        if (file.details().name().equals(name)) {
          return new RemoteFile(path, file.details());
        }
      }
    } catch (FtpReplyException e) {
      log.debug("{}: cannot list the parent of {}: {}", session.control().name(), path, e.getMessage());
    }
    // Not in the listing: a hidden file (vsftpd hides dot files), or not there at all.
    OptionalLong size = Metadata.sizeOnly(session, path);
    if (size.isPresent()) {
      return new RemoteFile(path, ListingEntry.builder(name, EntryType.FILE).size(size.getAsLong()).build());
    }
    String here = session.workingDirectory();
    Command cwd = Command.of(Verb.CWD, path);
    Reply reply = session.exchange(cwd);
    if (reply.code().category().isNegative()) {
      throw new FtpNotFoundException(cwd, reply);
    }
    session.execute(Command.of(Verb.CWD, here));
    return new RemoteFile(path, ListingEntry.builder(name, EntryType.DIRECTORY).build());
  }

  private List<RemoteFile> entries(String directory, List<String> lines, boolean mlsd) {
    List<RemoteFile> files = new ArrayList<>(lines.size());
    for (String line : lines) {
      Optional<ListingEntry> parsed = parse(line, mlsd);
      if (parsed.isEmpty()) {
        continue;
      }
      ListingEntry entry = parsed.get();
      EntryType type = entry.type();
      String name = entry.name();
      if (type == EntryType.CURRENT_DIRECTORY
          || type == EntryType.PARENT_DIRECTORY
          || name.equals(".")
          || name.equals("..")) {
        continue;
      }
      files.add(new RemoteFile(RemotePaths.join(directory, name), entry));
    }
    return files;
  }

  private Optional<ListingEntry> parse(String line, boolean mlsd) {
    try {
      return mlsd ? Optional.of(Mlsx.parse(line)) : parser.parse(line);
    } catch (FtpProtocolException e) {
      log.debug("{}: listing line skipped: {}", session.control().name(), e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The entry of an MLST reply: the inner line that starts with a space (RFC 3659 §7.2), or,
   * from servers that leave the space out (MINA FtpServer), the inner line that parses.
   */
  private static ListingEntry controlEntry(Command mlst, Reply reply) throws FtpException {
    List<String> lines = reply.lines();
    for (String line : lines.subList(Math.min(1, lines.size() - 1), lines.size())) {
      try {
        if (line.startsWith(" ") && line.length() > 1) {
          return Mlsx.parseControlLine(line);
        }
        if (line.indexOf('=') > 0 && line.contains("; ")) {
          return Mlsx.parse(line);
        }
      } catch (FtpProtocolException e) {
        throw new FtpException("MLST reply not understood: " + reply, e);
      }
    }
    throw new FtpException("no entry in the reply to " + mlst + ": " + reply);
  }

  private List<String> lines(Command command, String path) throws IOException {
    Transfer transfer =
        Transfer.start(
            session, command, path, 0, TransferOptions.defaults(), DOWNLOAD, OptionalLong.empty());
    List<String> lines = new ArrayList<>();
    try (FtpInputStream in = transfer.download()) {
      LineReader reader = new LineReader(in, session.control().charset());
      for (String line = reader.next(); line != null; line = reader.next()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Lists with LIST even where MLSD is offered: how tests reach every server's LIST dialect. */
  void preferList(boolean prefer) {
    this.preferList = prefer;
  }

  private boolean hasMlsx() {
    return !mlsxRefused && !preferList && session.features().contains("MLST");
  }

  /** Some servers refuse to list an empty directory: "450 No files found" (RFC 959 permits it). */
  private static boolean saysEmpty(FtpReplyException e) {
    int code = e.code();
    return (code == 450 || code == 550)
        && e.reply().text().toLowerCase(Locale.ROOT).contains("no files");
  }

  private static Command withPath(Verb verb, String path) {
    return path.isEmpty() ? Command.of(verb) : Command.of(verb, path);
  }
}
