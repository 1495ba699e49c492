package dev.ferry.ftp.server.internal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.LineTooLongException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.address.UnsupportedNetworkProtocolException;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.internal.data.AbortReason;
import dev.ferry.ftp.server.internal.data.DataConnectionException;
import dev.ferry.ftp.server.internal.data.TransferAbortedException;
import dev.ferry.ftp.vfs.InvalidVirtualPathException;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The one table from failures to replies (RFC 959 §4.2.2). */
class ErrorRepliesTest {
  private final ErrorReplies errors = new ErrorReplies();

  static Stream<Arguments> failures() {
    VirtualPath path = VirtualPath.of("/a");
    return Stream.of(
        Arguments.of(CommandFailedException.badSequence("x"), 503),
        Arguments.of(CommandFailedException.parameterNotImplemented("x"), 504),
        Arguments.of(CommandFailedException.notImplemented("x"), 502),
        Arguments.of(CommandFailedException.notLoggedIn("x"), 530),
        Arguments.of(new VfsException(VfsException.Kind.NOT_FOUND, path), 550),
        Arguments.of(new InvalidVirtualPathException("a\0", "contains NUL"), 553),
        Arguments.of(new InvalidArgumentException("bad"), 501),
        Arguments.of(new LineTooLongException(10), 500),
        Arguments.of(new UnsupportedNetworkProtocolException(3), 522),
        Arguments.of(DataConnectionException.cannotOpen("no", null), 425),
        Arguments.of(DataConnectionException.lost(new IOException("reset")), 426),
        Arguments.of(new TransferAbortedException(AbortReason.STALLED), 426),
        Arguments.of(new IOException("disk on fire"), 451),
        Arguments.of(new IllegalStateException("bug"), 451));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("failures")
  void eachFailureHasItsCode(Exception failure, int code) {
    assertEquals(code, errors.toReply(failure).code().code());
  }

  @ParameterizedTest
  @EnumSource(VfsException.Kind.class)
  void everyStorageKindHasANegativeReply(VfsException.Kind kind) {
    ReplyCode code = ErrorReplies.storageCode(kind);
    assertEquals(true, code.category().isNegative(), kind.name());
  }

  @Test
  void storageUnavailableRefusesACommandButAbortsATransfer() {
    VfsException busy = new VfsException(VfsException.Kind.UNAVAILABLE, VirtualPath.of("/a"));
    assertEquals(450, errors.toReply(busy).code().code());
    Reply aborted = errors.toTransferReply(busy);
    assertEquals(451, aborted.code().code());
    assertEquals(errors.toReply(busy).text(), aborted.text());
    assertEquals(550, errors.toTransferReply(
        new VfsException(VfsException.Kind.NOT_FOUND, VirtualPath.of("/a"))).code().code());
  }

  @Test
  void unexpectedErrorsDoNotLeakTheirDetails() {
    Reply reply = errors.toReply(new IOException("/srv/secret/path: disk on fire"));
    assertEquals("Local error in processing.", reply.text());
  }

  @Test
  void clientTextCannotBreakTheReplyIntoLines() {
    Reply reply = errors.toReply(new InvalidArgumentException("bad \r\n200 fake"));
    assertEquals(1, reply.lines().size());
  }

  @Test
  void a522NamesTheSupportedProtocols() {
    assertEquals("Network protocol not supported, use (1,2)",
        errors.toReply(new UnsupportedNetworkProtocolException(9)).text());
  }
}
