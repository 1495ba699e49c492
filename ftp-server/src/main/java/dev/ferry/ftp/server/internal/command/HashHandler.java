package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.ByteRange;
import dev.ferry.ftp.protocol.param.FileHash;
import dev.ferry.ftp.protocol.param.HashAlgorithm;
import dev.ferry.ftp.protocol.param.HashFeature;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/**
 * HASH (draft-bryan-ftpext-hash-02 §3): the hash of a file, or of the range RANG set, with the
 * algorithm OPTS HASH chose (SHA-256 by default), in a {@code 213} reply:
 * {@code 213 SHA-256 0-49 169cd2… file}. A directory is {@code 550}; a range starting past the end
 * is {@code 550} too. The hash reads the whole range off the control thread, in the transfer slot
 * ({@link dev.ferry.ftp.server.internal.transfer.LocalJob}): ABOR stops it with {@code 426}, STAT
 * shows how far it got.
 */
final class HashHandler extends BuiltInHandler {
  static final HashAlgorithm DEFAULT = HashAlgorithm.SHA_256;

  @Inject
  HashHandler() {
    super(CommandSpec.builder(Verb.HASH)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.READ)
        .features(context -> List.of(
            HashFeature.of(Checksums.algorithms(context), selected(context)).toFeature()))
        .help("HASH <sp> pathname: the hash of a file (OPTS HASH chooses the algorithm)")
        .build());
  }

  static HashAlgorithm selected(CommandContext context) {
    return context instanceof SessionContext session
        ? session.session().options().hashAlgorithm().orElse(DEFAULT) : DEFAULT;
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    FileAttributes attributes = context.fileSystem().stat(path);
    if (!attributes.isFile()) {
      throw CommandFailedException.permissionDenied(path + " is not a plain file.");
    }
    long size = attributes.size();
    ByteRange wanted = context.session().options().hashRange()
        .orElse(new ByteRange(0, Math.max(size - 1, 0)));
    if (wanted.start() > 0 && wanted.start() >= size) {
      throw CommandFailedException.permissionDenied("The range starts past the end of the file.");
    }
    ByteRange range = new ByteRange(wanted.start(),
        Math.max(wanted.start(), Math.min(wanted.end(), size - 1)));
    long length = size == 0 ? 0 : range.length();
    HashAlgorithm algorithm = selected(context);
    VirtualFileSystem fs = context.fileSystem();
    context.startLocal((signal, progress) -> Reply.of(ReplyCode.FILE_STATUS_213,
        FileHash.of(algorithm, range,
            Checksums.digest(fs, path, algorithm, range.start(), length, signal, progress),
            command.argument()).toReplyText()));
  }
}
