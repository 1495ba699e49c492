package dev.ferry.ftp.server.internal.control;

import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.LineTooLongException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.address.ExtendedPortCodec;
import dev.ferry.ftp.protocol.address.NetworkProtocol;
import dev.ferry.ftp.protocol.address.UnsupportedNetworkProtocolException;
import dev.ferry.ftp.protocol.transfer.TransferEncodingException;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.internal.data.DataConnectionException;
import dev.ferry.ftp.server.internal.data.TransferAbortedException;
import dev.ferry.ftp.vfs.InvalidVirtualPathException;
import dev.ferry.ftp.vfs.VfsException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one table that turns a failure into its reply (RFC 959 §4.2). Handlers and transfers throw;
 * only this class decides what the client reads. Expected failures (bad input, storage errors
 * with a kind) are not logged as errors; an unexpected {@link IOException} is logged with the
 * session's context and answered {@code 451} without its details, and any other exception is a
 * bug, logged as an error.
 */
@Singleton
public final class ErrorReplies {
  private static final Logger log = LoggerFactory.getLogger(ErrorReplies.class);

  /** Creates the table. */
  @Inject
  ErrorReplies() {}

  /**
   * Returns the reply for a failure.
   *
   * @param failure what a command or transfer threw
   * @return the reply to send
   */
  public Reply toReply(Throwable failure) {
    return switch (failure) {
      case CommandFailedException e -> Reply.of(e.code(), safe(e.getMessage()));
      case VfsException e -> Reply.of(storageCode(e.kind()), safe(e.getMessage()));
      case InvalidVirtualPathException e ->
          Reply.of(ReplyCode.FILE_NAME_NOT_ALLOWED_553, "File name not allowed: "
              + safe(e.reason()) + ".");
      case UnsupportedNetworkProtocolException e ->
          Reply.of(ReplyCode.NETWORK_PROTOCOL_NOT_SUPPORTED_522,
              ExtendedPortCodec.formatProtocolNotSupported(EnumSet.allOf(NetworkProtocol.class)));
      case LineTooLongException e -> Reply.of(ReplyCode.SYNTAX_ERROR_500, "Command line too long.");
      case TransferEncodingException e ->
          Reply.of(ReplyCode.TRANSFER_ABORTED_426, "Transfer aborted: " + safe(e.getMessage()));
      case InvalidArgumentException e ->
          Reply.of(ReplyCode.SYNTAX_ERROR_IN_ARGUMENTS_501, safe(e.getMessage()));
      case FtpProtocolException e ->
          Reply.of(ReplyCode.SYNTAX_ERROR_IN_ARGUMENTS_501, safe(e.getMessage()));
      case TransferAbortedException e ->
          Reply.of(ReplyCode.TRANSFER_ABORTED_426, e.reason().text());
      case DataConnectionException e -> e.wasOpen()
          ? Reply.of(ReplyCode.TRANSFER_ABORTED_426, e.getMessage())
          : Reply.of(ReplyCode.CANNOT_OPEN_DATA_CONNECTION_425, e.getMessage());
      case IOException e -> {
        log.warn("Storage or I/O failure", e);
        yield Reply.of(ReplyCode.LOCAL_ERROR_451, "Local error in processing.");
      }
      default -> {
        log.error("Unexpected failure while handling a command", failure);
        yield Reply.of(ReplyCode.LOCAL_ERROR_451, "Local error in processing.");
      }
    };
  }

  /**
   * Returns the final reply of a transfer that failed after its {@code 150} mark. RFC 959 §5.4
   * allows {@code 451} ("requested action aborted") there but not {@code 450} ("file action not
   * taken"), which refuses a command before it starts: storage that became unavailable mid-way
   * aborted the action.
   *
   * @param failure what the transfer threw
   * @return the reply to send
   */
  public Reply toTransferReply(Throwable failure) {
    Reply reply = toReply(failure);
    return reply.code() == ReplyCode.FILE_BUSY_450
        ? Reply.of(ReplyCode.LOCAL_ERROR_451, reply.text())
        : reply;
  }

  /** The reply of each storage error kind, one to one (RFC 959 §4.2.2). */
  static ReplyCode storageCode(VfsException.Kind kind) {
    return switch (kind) {
      case NOT_FOUND, ALREADY_EXISTS, NOT_A_DIRECTORY, IS_A_DIRECTORY, NOT_EMPTY,
          PERMISSION_DENIED -> ReplyCode.FILE_UNAVAILABLE_550;
      case NO_SPACE -> ReplyCode.EXCEEDED_STORAGE_ALLOCATION_552;
      case INVALID_NAME -> ReplyCode.FILE_NAME_NOT_ALLOWED_553;
      case UNSUPPORTED -> ReplyCode.NOT_IMPLEMENTED_FOR_PARAMETER_504;
      case UNAVAILABLE -> ReplyCode.FILE_BUSY_450;
    };
  }

  /** Keeps a text that may quote client input on one line. */
  private static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return out.toString();
  }
}
