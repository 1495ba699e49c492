package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.listing.Fact;
import dev.ferry.ftp.protocol.listing.FactSelection;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.Features;
import dev.ferry.ftp.protocol.param.OptsArgument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a session does before its first command: the greeting, the login, and FEAT. */
final class Handshake {
  private static final Logger log = LoggerFactory.getLogger(Handshake.class);

  /** The MLSx facts a {@link RemoteFile} can hold (RFC 3659 §7.5). */
  private static final Set<Fact> FACTS =
      EnumSet.of(
          Fact.TYPE,
          Fact.SIZE,
          Fact.MODIFY,
          Fact.PERM,
          Fact.UNIX_MODE,
          Fact.UNIX_OWNER,
          Fact.UNIX_GROUP,
          Fact.UNIX_OWNERNAME,
          Fact.UNIX_GROUPNAME);

  private Handshake() {}

  /** RFC 959 §5.4: 220, possibly after 120 ("ready in nnn minutes"); a 421 refuses. */
  static void greet(ControlConnection control) throws IOException {
    Reply greeting = control.read();
    while (greeting.code().code() == 120) {
      greeting = control.read();
    }
    if (greeting.code().category().isNegative()) {
      throw Replies.refusal(null, greeting);
    }
    if (greeting.code().code() != 220) {
      throw new FtpException("unexpected greeting: " + greeting);
    }
  }

  /**
   * The login sequence of RFC 959 §5.4: USER, then PASS if the server asks (331), then ACCT if it
   * asks (332), until 230 (or 202, "superfluous": no login needed).
   */
  static void login(FtpSession session, Credentials credentials) throws IOException {
    Command command = Command.of(Verb.USER, credentials.user());
    Reply reply = session.exchange(command);
    if (reply.code().code() == 331) {
      command = Command.of(Verb.PASS, credentials.password());
      reply = session.exchange(command);
    }
    if (reply.code().code() == 332) {
      if (credentials.account().isEmpty()) {
        throw new FtpLoginException(command, reply);
      }
      command = Command.of(Verb.ACCT, credentials.account().get());
      reply = session.exchange(command);
    }
    int code = reply.code().code();
    if (code == 230 || code == 202) {
      log.debug("{}: logged in as {}", session.control().name(), credentials.user());
      return;
    }
    throw reply.code().category().isNegative()
        ? Replies.refusal(command, reply)
        : new FtpLoginException(command, reply);
  }

  /**
   * FEAT (RFC 2389), then what it allows: UTF-8 path names (RFC 2640 §3.1) and the MLSx facts a
   * {@link RemoteFile} can hold (RFC 3659 §7.9). A server without FEAT, or with a FEAT reply the
   * client cannot read, is taken to have no features.
   */
  static Features negotiate(FtpSession session) throws IOException {
    ControlConnection control = session.control();
    Features features = Features.none();
    Reply feat = session.exchange(Command.of(Verb.FEAT));
    if (feat.code().code() == 211) {
      try {
        features = Features.parseReply(feat.lines());
      } catch (FtpProtocolException e) {
        log.debug("{}: FEAT reply not understood, assuming no features: {}", control.name(), e);
      }
    }
    if (features.contains("UTF8")) {
      session.exchange(Command.of(Verb.OPTS, new OptsArgument("UTF8", "ON").toArgument()));
      control.charset(StandardCharsets.UTF_8);
    }
    Optional<Feature> mlst = features.find("MLST");
    if (mlst.isPresent()) {
      try {
        FactSelection offered = FactSelection.parseFeature(mlst.get().parameters());
        FactSelection wanted = offered.select(FACTS);
        if (!wanted.selected().equals(offered.selected())) {
          OptsArgument opts = new OptsArgument("MLST", wanted.toOptsArgument());
          session.exchange(Command.of(Verb.OPTS, opts.toArgument()));
        }
      } catch (FtpProtocolException e) {
        log.debug("{}: MLST feature not understood: {}", control.name(), e);
      }
    }
    return features;
  }
}
