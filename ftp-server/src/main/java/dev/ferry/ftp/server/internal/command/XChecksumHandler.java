package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.ChecksumArgument;
import dev.ferry.ftp.protocol.param.HashAlgorithm;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Map;

/**
 * XCRC, XMD5, XSHA1, XSHA256 and XSHA512 (de facto; listed in draft-bryan-ftpext-hash-02
 * Appendix B): {@code 250} and the checksum in hexadecimal. The argument is a path, optionally
 * followed by a start offset and an end offset; the end is exclusive (bytes {@code start} to
 * {@code end - 1}), as ProFTPD's mod_digest reads it.
 */
final class XChecksumHandler extends BuiltInHandler {
  private static final Map<Verb, HashAlgorithm> ALGORITHMS = Map.of(
      Verb.XCRC, HashAlgorithm.CRC32, Verb.XMD5, HashAlgorithm.MD5,
      Verb.XSHA1, HashAlgorithm.SHA_1, Verb.XSHA256, HashAlgorithm.SHA_256,
      Verb.XSHA512, HashAlgorithm.SHA_512);

  @Inject
  XChecksumHandler() {
    super(CommandSpec.builder(Verb.XCRC)
        .alias(Verb.XMD5)
        .alias(Verb.XSHA1)
        .alias(Verb.XSHA256)
        .alias(Verb.XSHA512)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.READ)
        .help("XCRC|XMD5|XSHA1|XSHA256|XSHA512 <sp> pathname [<sp> start [<sp> end]]: a checksum")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    HashAlgorithm algorithm = ALGORITHMS.get(command.verb());
    ChecksumArgument argument = ChecksumArgument.parse(command.argument());
    VirtualPath path = context.resolve(argument.pathname());
    FileAttributes attributes = context.fileSystem().stat(path);
    if (!attributes.isFile()) {
      throw CommandFailedException.permissionDenied(path + " is not a plain file.");
    }
    long start = argument.start().orElse(0);
    long end = Math.min(argument.end().orElse(attributes.size()), attributes.size());
    long length = Math.max(end - start, 0);
    VirtualFileSystem fs = context.fileSystem();
    context.startLocal((signal, progress) -> Reply.of(ReplyCode.FILE_ACTION_OK_250,
        HexFormat.of().formatHex(
            Checksums.digest(fs, path, algorithm, start, length, signal, progress))));
  }
}
