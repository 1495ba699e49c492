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
      throw session.refine(refusal, path);
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
      throw session.refine(refusal, path);
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
    if (!reply.code().category().isNegative() || session.isDirectory(dir)) {
      return;
    }
    String parent = RemotePaths.parent(dir);
    if (parent.isEmpty() || parent.equals("/") || session.isDirectory(parent)) {
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

  private static Reply sizeReply(FtpSession session, Command size) throws IOException {
    session.setType(RepresentationType.IMAGE);
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
