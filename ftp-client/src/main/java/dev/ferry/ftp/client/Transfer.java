package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import dev.ferry.ftp.protocol.transfer.AsciiType;
import dev.ferry.ftp.protocol.transfer.ByteTransform;
import dev.ferry.ftp.protocol.transfer.DeflateMode;
import dev.ferry.ftp.protocol.transfer.EbcdicType;
import dev.ferry.ftp.protocol.transfer.LineSeparator;
import dev.ferry.ftp.protocol.transfer.Transforms;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One data transfer on the control connection's side: its keep-alive NOOPs while data moves, the
 * final reply after it, and ABOR.
 *
 * <p>Keep-alive NOOPs are sent without waiting for their replies. Servers answer them in different
 * ways: after the transfer (vsftpd, MINA), at once (Pure-FTPd during an upload, with "500 Unknown
 * command", and one reply for several NOOPs read together). So their replies are not counted:
 * after the transfer's final reply the client sends PWD and skips every reply up to its 257, a
 * code nothing else produces. ABOR resynchronises the same way, since servers answer it with 426
 * then 226, or 226 then 225, or one reply, as they please.
 */
final class Transfer {
  private static final Command NOOP = Command.of(Verb.NOOP);
  private static final Command PWD = Command.of(Verb.PWD);
  private static final int END_PROBE_MILLIS = 200;

  private final FtpSession session;
  private final Command command;
  private final DataChannel data;
  private final RepresentationType type;
  private final boolean deflate;
  private final ProgressTracker progress;
  private final Clock clock;
  private final long keepAliveMillis;
  private long lastNoop;
  private boolean keptAlive;
  private boolean downloading;
  private boolean done;

  private Transfer(
      FtpSession session,
      Command command,
      DataChannel data,
      RepresentationType type,
      boolean deflate,
      ProgressTracker progress) {
    this.session = session;
    this.command = command;
    this.data = data;
    this.type = type;
    this.deflate = deflate;
    this.progress = progress;
    this.clock = session.config().clock();
    this.keepAliveMillis = session.config().keepAliveInterval().toMillis();
    this.lastNoop = clock.millis();
  }

  /**
   * Starts a data transfer: the data connection, REST when there is an offset, the transfer
   * command, and its 1yz reply (RFC 959 §5.4). A refusal on the way closes what was opened.
   */
  static Transfer start(
      FtpSession session,
      Command command,
      String path,
      long offset,
      TransferOptions options,
      TransferProgress.Direction direction,
      OptionalLong total)
      throws IOException {
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset: " + offset);
    }
    Commands commands = session.commands();
    commands.checkIdle();
    commands.setType(options.type());
    // RFC 3659 defines REST for stream mode only, and servers differ (Ferry refuses it in MODE Z).
    boolean deflate = options.compress() && offset == 0 && session.offersModeZ();
    commands.setMode(deflate ? TransmissionMode.DEFLATE : TransmissionMode.STREAM);
    ControlConnection control = commands.control();
    DataConnector.Pending pending = session.data().prepare();
    try {
      if (offset > 0) {
        Command rest = Command.of(Verb.REST, Long.toString(offset));
        Reply reply = commands.exchange(rest);
        if (reply.code().code() != 350) {
          throw reply.code().category().isNegative()
              ? Replies.refusal(rest, reply)
              : new FtpException("unexpected reply to " + rest + ": " + reply);
        }
      }
      control.send(command);
      Reply reply = control.read();
      if (!reply.code().category().isPreliminary()) {
        throw reply.code().category().isNegative()
            ? Metadata.refine(session, Replies.refusal(command, reply), path)
            : new FtpException("expected 125 or 150 before the data, got " + reply);
      }
      DataChannel data;
      try {
        data = pending.open();
      } catch (IOException e) {
        // The server waits for a connection that will not come: read its verdict to stay in step.
        try {
          control.read();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
      ProgressTracker tracker =
          new ProgressTracker(
              options.listener(), path, direction, offset, total, session.config().clock());
      Transfer transfer =
          new Transfer(session, command, data, options.type(), deflate, tracker);
      commands.transferStarted(transfer);
      return transfer;
    } catch (IOException | RuntimeException e) {
      try {
        pending.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * The data as a download stream: inflated in MODE Z, then TYPE A and E converted to local text
   * (RFC 959 §3.1.1).
   */
  FtpInputStream download() throws IOException {
    downloading = true;
    List<ByteTransform> stages = new ArrayList<>(2);
    if (deflate) {
      stages.add(DeflateMode.decoder());
    }
    switch (type) {
      case RepresentationType.Ascii ascii -> stages.add(AsciiType.decoder(LineSeparator.system()));
      case RepresentationType.Ebcdic ebcdic ->
          stages.add(EbcdicType.ibm037().decoder(LineSeparator.system()));
      case RepresentationType.Image image -> {}
      case RepresentationType.Local local -> {}
    }
    InputStream raw = data.input();
    InputStream in =
        stages.isEmpty()
            ? raw
            : Transforms.inputStream(raw, Transforms.chain(stages.toArray(ByteTransform[]::new)));
    return new FtpInputStream(this, in);
  }

  /** The data as an upload stream: local text to TYPE A or E, then deflated in MODE Z. */
  FtpOutputStream upload() throws IOException {
    List<ByteTransform> stages = new ArrayList<>(2);
    switch (type) {
      case RepresentationType.Ascii ascii -> stages.add(AsciiType.encoder());
      case RepresentationType.Ebcdic ebcdic -> stages.add(EbcdicType.ibm037().encoder());
      case RepresentationType.Image image -> {}
      case RepresentationType.Local local -> {}
    }
    if (deflate) {
      stages.add(DeflateMode.encoder());
    }
    OutputStream raw = new BufferedOutputStream(data.output(), 64 * 1024);
    OutputStream out =
        stages.isEmpty()
            ? raw
            : Transforms.outputStream(raw, Transforms.chain(stages.toArray(ByteTransform[]::new)));
    return new FtpOutputStream(this, out);
  }

  Command command() {
    return command;
  }

  ProgressTracker progress() {
    return progress;
  }

  /**
   * The data connection's channel when a file's bytes can move through it untouched: clear text
   * (a security layer's socket has no channel), binary type, stream mode. Else null.
   */
  SocketChannel rawChannel() {
    // Only a clear connection's own socket: under TLS the TCP socket below has a channel too, and
    // bytes written to it would bypass the security layer.
    if (deflate || !type.isBinary() || !(data instanceof DataChannel.Clear clear)) {
      return null;
    }
    return clear.socket().getChannel();
  }

  /** Sends a file from its position to its end through the session's direct buffer. */
  long send(SocketChannel channel, FileChannel file) throws IOException {
    return ChannelCopy.send(file, channel, session.data().buffer(), this);
  }

  /**
   * Receives the rest of the data into a file through the session's direct buffer, waiting for
   * data no longer than the data socket's timeout.
   *
   * @param channel {@link #rawChannel()}
   */
  long receive(SocketChannel channel, FileChannel file) throws IOException {
    return ChannelCopy.receive(channel, file, session.data().buffer(), data.socket().getSoTimeout(), this);
  }

  /** Counts bytes that moved, and sends a keep-alive NOOP when one is due. */
  void moved(int count) throws IOException {
    progress.add(count);
    if (keepAliveMillis > 0) {
      long now = clock.millis();
      if (now - lastNoop >= keepAliveMillis) {
        lastNoop = now;
        session.commands().control().send(NOOP);
        keptAlive = true;
      }
    }
  }

  /**
   * Tells whether a download's data has ended, waiting briefly: a caller that read exactly the
   * file's bytes has not seen the end of stream yet, and should not have to abort.
   */
  boolean probeEnd(InputStream in) throws IOException {
    Socket socket = data.socket();
    int timeout = socket.getSoTimeout();
    try {
      socket.setSoTimeout(END_PROBE_MILLIS);
      return in.read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } finally {
      if (!socket.isClosed()) {
        socket.setSoTimeout(timeout);
      }
    }
  }

  /** Ends a transfer whose data is complete: reads the final reply and checks it. */
  void complete() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      IOException closeFailure = null;
      try {
        data.finish();
      } catch (IOException e) {
        // The final reply says whether the data arrived; a failed TLS close alone is no verdict.
        data.abort();
        closeFailure = e;
      }
      Reply reply = finalReply();
      if (keptAlive) {
        resynchronize();
      }
      if (!reply.code().category().isPositive()) {
        FtpReplyException refusal = Replies.refusal(command, reply);
        if (closeFailure != null) {
          refusal.addSuppressed(closeFailure);
        }
        throw refusal;
      }
      progress.finish();
    } finally {
      session.commands().transferEnded(this);
    }
  }

  /** Aborts the transfer (RFC 959 §4.1.3 ABOR) and reads every reply it causes. */
  void abort() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      // ABOR goes without Telnet IP and Synch (RFC 959 §4.1.3): MINA FtpServer cannot decode
      // them and drops the commands that follow.
      ControlConnection control = session.commands().control();
      if (downloading && data.isProtected()) {
        // ProFTPD's mod_tls ends the whole session when a TLS download breaks under it. So ABOR
        // first, then read the data to the server's end (bounded by the TLS close timeout).
        control.send(Command.of(Verb.ABOR));
        finishQuietly();
      } else {
        // Closing the data connection first stops a server that does not read its control
        // connection during a transfer.
        data.abort();
        control.send(Command.of(Verb.ABOR));
      }
      // Wait for a first answer before PWD: a server still in its transfer loop (Pure-FTPd) may
      // read both lines at once and answer only the ABOR.
      control.read();
      resynchronize();
    } finally {
      data.abort();
      session.commands().transferEnded(this);
    }
  }

  private void finishQuietly() {
    try {
      data.finish();
    } catch (IOException e) {
      data.abort();
    }
  }

  /** The transfer's own reply: not a 1yz, nor what a server says to a keep-alive NOOP. */
  private Reply finalReply() throws IOException {
    while (true) {
      Reply reply = session.commands().control().read();
      int code = reply.code().code();
      boolean keepAliveReply = code == 200 || code >= 500 && code <= 503;
      if (!reply.code().category().isPreliminary() && !(keptAlive && keepAliveReply)) {
        return reply;
      }
    }
  }

  /** Sends PWD and skips every reply up to its 257. */
  private void resynchronize() throws IOException {
    ControlConnection control = session.commands().control();
    control.send(PWD);
    while (control.read().code().code() != 257) {
      // a reply to ABOR, to the aborted transfer, or to a keep-alive NOOP
    }
  }
}
