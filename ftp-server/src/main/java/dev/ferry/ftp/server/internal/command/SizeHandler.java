package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.FileStructure;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import dev.ferry.ftp.protocol.transfer.AsciiType;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.transfer.TransferParameters;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;

/**
 * SIZE (RFC 3659 §4): the number of octets RETR would send of a file, {@code 213}. In an image
 * type that is the stored size. In TYPE A it is the size with CRLF line ends, counted by reading
 * the file with {@link AsciiType#wireSize}, for files up to
 * {@link CommandSettings#asciiSizeLimit()}; a bigger file, TYPE E, another MODE than S or another
 * STRU than F get an honest {@code 550} rather than a wrong number. A directory is {@code 550}
 * too (§4.2: SIZE is for files).
 */
final class SizeHandler extends BuiltInHandler {
  private final long asciiLimit;

  @Inject
  SizeHandler(CommandSettings settings) {
    super(CommandSpec.builder(Verb.SIZE)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.READ)
        .feature(Feature.of("SIZE"))
        .help("SIZE <sp> pathname: the size of a file as RETR would send it")
        .build());
    this.asciiLimit = settings.asciiSizeLimit();
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    FileAttributes attributes = context.fileSystem().stat(path);
    if (!attributes.isFile()) {
      throw CommandFailedException.permissionDenied(path + " is not a plain file.");
    }
    TransferParameters parameters = context.session().parameters();
    if (parameters.mode() != TransmissionMode.STREAM
        || parameters.structure() != FileStructure.FILE) {
      throw CommandFailedException.permissionDenied("SIZE is known in MODE S and STRU F only.");
    }
    long size = switch (parameters.type()) {
      case RepresentationType.Image image -> attributes.size();
      case RepresentationType.Local local -> attributes.size();
      case RepresentationType.Ascii ascii -> asciiSize(context, path, attributes.size());
      case RepresentationType.Ebcdic ebcdic ->
          throw CommandFailedException.permissionDenied("SIZE is not known in TYPE E.");
    };
    context.reply(Reply.of(ReplyCode.FILE_STATUS_213, Long.toString(size)));
  }

  private long asciiSize(SessionContext context, VirtualPath path, long stored)
      throws IOException {
    if (stored > asciiLimit) {
      throw CommandFailedException.permissionDenied(
          "Too large to count in TYPE A; use TYPE I.");
    }
    try (ReadableByteChannel channel = context.fileSystem().openRead(path, 0)) {
      return AsciiType.wireSize(channel);
    }
  }
}
