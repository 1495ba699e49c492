package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.protocol.param.Timeval;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

/** The file operations of {@link FtpSession} that take more than one command. */
final class Metadata {
  private Metadata() {}

  /** SIZE (RFC 3659 §4) in binary type, where the size is the file's; else the listed size. */
  static long size(FtpSession session, String path) throws IOException {
    Command size = Command.of(Verb.SIZE, path);
    Reply reply = sizeReply(session, size);
    if (reply.code().code() == 213) {
      return parseSize(reply);
    }
    FtpReplyException refusal = Replies.refusal(size, reply);
    if (!(refusal instanceof FtpUnsupportedException)) {
      throw refine(session, refusal, path);
    }
    return session
        .stat(path)
        .size()
        .orElseThrow(() -> new FtpException("the server states no size for " + path));
  }

  /** SIZE alone: the size, or empty if the server does not tell it. */
  static OptionalLong sizeOnly(FtpSession session, String path) throws IOException {
    Reply reply = sizeReply(session, Command.of(Verb.SIZE, path));
    return reply.code().code() == 213 ? OptionalLong.of(parseSize(reply)) : OptionalLong.empty();
  }

  /** MDTM (RFC 3659 §3), else the listed time. */
  static Instant modificationTime(FtpSession session, String path) throws IOException {
    Command mdtm = Command.of(Verb.MDTM, path);
    Reply reply = session.exchange(mdtm);
    if (reply.code().code() == 213) {
      try {
        return Timeval.parse(reply.text().trim()).instant();
      } catch (FtpProtocolException e) {
        throw new FtpException("MDTM reply not understood: " + reply, e);
      }
    }
    FtpReplyException refusal = Replies.refusal(mdtm, reply);
    if (!(refusal instanceof FtpUnsupportedException)) {
      throw refine(session, refusal, path);
    }
    return session
        .stat(path)
        .modified()
        .orElseThrow(() -> new FtpException("the server states no time for " + path))
        .instant();
  }

  /**
   * MFMT (draft-somers-ftp-mfxx §3) when offered; else {@code SITE UTIME} (ProFTPD's
   * mod_site_misc, Pure-FTPd) and then MDTM with a time (vsftpd), in that order.
   */
  static void setModificationTime(FtpSession session, String path, Instant time)
      throws IOException {
    Timeval value = Timeval.of(time.truncatedTo(ChronoUnit.SECONDS), ChronoUnit.SECONDS);
    List<Command> forms =
        session.features().contains("MFMT")
            ? List.of(Command.of(Verb.MFMT, new Timeval.TimedPath(value, path).toArgument()))
            : List.of(
                Command.of(Verb.SITE, "UTIME " + value + " " + path),
                Command.of(Verb.MDTM, value + " " + path));
    FtpReplyException refused = null;
    for (Command form : forms) {
      Reply reply = session.exchange(form);
      if (!reply.code().category().isNegative()) {
        return;
      }
      refused = Replies.refusal(form, reply);
    }
    throw refused;
  }

  /** MKD, and on refusal the missing parents first; an existing directory is success. */
  static void createDirectories(FtpSession session, String path) throws IOException {
    String dir = RemotePaths.stripTrailingSlashes(path);
    if (dir.isEmpty() || dir.equals("/")) {
      return;
    }
    Command mkd = Command.of(Verb.MKD, dir);
    Reply reply = session.exchange(mkd);
    if (!reply.code().category().isNegative() || isDirectory(session, dir)) {
      return;
    }
    String parent = RemotePaths.parent(dir);
    if (parent.isEmpty() || parent.equals("/") || isDirectory(session, parent)) {
      throw Replies.refusal(mkd, reply);
    }
    createDirectories(session, parent);
    session.execute(mkd);
  }

  /** Depth first: files and links with DELE, directories with RMD once they are empty. */
  static void deleteRecursively(FtpSession session, String path) throws IOException {
    if (!session.stat(path).isDirectory()) {
      session.delete(path);
      return;
    }
    for (RemoteFile child : session.list(path)) {
      if (child.isDirectory()) {
        deleteRecursively(session, child.path());
      } else {
        session.delete(child.path());
      }
    }
    session.deleteDirectory(path);
  }

  /** RNFR then RNTO (RFC 959 §4.1.3): RNTO only after RNFR's 350. */
  static void rename(FtpSession session, String from, String to) throws IOException {
    Command rnfr = Command.of(Verb.RNFR, from);
    Reply reply = session.exchange(rnfr);
    if (reply.code().code() != 350) {
      throw reply.code().category().isNegative()
          ? refine(session, Replies.refusal(rnfr, reply), from)
          : new FtpException("unexpected reply to " + rnfr + ": " + reply);
    }
    session.execute(Command.of(Verb.RNTO, to));
  }

  /** Runs a command on a path; a refusal is {@linkplain #refine refined}. */
  static void executeOn(FtpSession session, Command command, String path) throws IOException {
    Reply reply = session.exchange(command);
    if (reply.code().category().isNegative()) {
      throw refine(session, Replies.refusal(command, reply), path);
    }
  }

  /**
   * A 550 or 450 that says neither "not found" nor "denied" is checked: is the path there at all?
   * Servers word these refusals freely (MINA: "450 Can't delete file"), so asking is the only way
   * to tell a missing file from a busy or protected one.
   */
  static FtpReplyException refine(FtpSession session, FtpReplyException refusal, String path) {
    int code = refusal.code();
    if (refusal instanceof FtpNotFoundException
        || refusal instanceof FtpPermissionException
        || code != 550 && code != 450
        || path == null) {
      return refusal;
    }
    try {
      if (!session.exists(path)) {
        return new FtpNotFoundException(refusal.command().orElse(null), refusal.reply());
      }
    } catch (IOException e) {
      refusal.addSuppressed(e);
    }
    return refusal;
  }

  private static boolean isDirectory(FtpSession session, String path) throws IOException {
    try {
      return session.stat(path).isDirectory();
    } catch (FtpNotFoundException e) {
      return false;
    }
  }

  private static Reply sizeReply(FtpSession session, Command size) throws IOException {
    session.commands().setType(RepresentationType.IMAGE);
    return session.exchange(size);
  }

  private static long parseSize(Reply reply) throws FtpException {
    try {
      long size = Long.parseLong(reply.text().trim());
      if (size >= 0) {
        return size;
      }
    } catch (NumberFormatException e) {
      throw new FtpException("SIZE reply not understood: " + reply, e);
    }
    throw new FtpException("SIZE reply not understood: " + reply);
  }
}
