package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's command side: one command at a time on the control connection, the transfer that
 * holds it while a stream is open, and the TYPE and MODE in force (sent only when they change).
 */
final class Commands {
  private static final Logger log = LoggerFactory.getLogger(Commands.class);

  private final ControlConnection control;
  private RepresentationType type;
  private TransmissionMode mode = TransmissionMode.STREAM;
  private Transfer current;

  Commands(ControlConnection control) {
    this.control = control;
  }

  ControlConnection control() {
    return control;
  }

  /** Sends a command and returns its reply, whatever it is, after any 1yz replies. */
  Reply exchange(Command command) throws IOException {
    checkIdle();
    control.send(command);
    Reply reply = control.read();
    while (reply.code().category().isPreliminary()) {
      reply = control.read();
    }
    return reply;
  }

  /** Sends a command and returns its positive reply; a negative one is thrown. */
  Reply execute(Command command) throws IOException {
    Reply reply = exchange(command);
    if (reply.code().category().isNegative()) {
      throw Replies.refusal(command, reply);
    }
    return reply;
  }

  /** TYPE (RFC 959 §4.1.2), sent only when it changes. */
  void setType(RepresentationType wanted) throws IOException {
    if (!wanted.equals(type)) {
      execute(Command.of(Verb.TYPE, wanted.toArgument()));
      type = wanted;
    }
  }

  /** MODE (RFC 959 §4.1.2), sent only when it changes; a session starts in stream mode. */
  void setMode(TransmissionMode wanted) throws IOException {
    if (wanted != mode) {
      execute(Command.of(Verb.MODE, wanted.toArgument()));
      mode = wanted;
    }
  }

  TransmissionMode mode() {
    return mode;
  }

  /** Whether a transfer stream is open. */
  boolean isBusy() {
    return current != null;
  }

  void transferStarted(Transfer transfer) {
    current = transfer;
  }

  void transferEnded(Transfer transfer) {
    if (current == transfer) {
      current = null;
    }
  }

  void checkIdle() {
    if (current != null) {
      throw new IllegalStateException(
          "a transfer of " + current.command() + " is open: close or abort its stream first");
    }
  }

  /**
   * Aborts an open transfer, says QUIT (RFC 959 §4.1.1) waiting at most {@code timeout} for the
   * answer, and closes the connection. Never throws: a server that is gone already is closed all
   * the same.
   */
  void quit(Duration timeout) {
    try {
      if (control.isOpen()) {
        if (current != null) {
          current.abort();
        }
        control.send(Command.of(Verb.QUIT));
        control.read(timeout);
      }
    } catch (IOException | RuntimeException e) {
      log.debug("{}: QUIT failed: {}", control.name(), e.toString());
    } finally {
      try {
        control.close();
      } catch (IOException e) {
        log.debug("{}: close failed: {}", control.name(), e.toString());
      }
    }
  }
}
