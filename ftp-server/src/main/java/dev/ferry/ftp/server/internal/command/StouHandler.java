package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.transfer.StoreJob;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * STOU (RFC 959 §4.1.3): stores a file under a name that does not exist yet, told to the client
 * in the preliminary reply as RFC 1123 §4.1.2.9 asks: {@code 150 FILE: name}. Without an
 * argument the name is random in the working directory; with one (many servers accept a
 * suggestion) it is that name, or that name with {@code .1}, {@code .2}, … appended. The upload is
 * opened with {@link WriteMode#createNew()}, so a name taken in the meantime fails instead of
 * overwriting.
 */
final class StouHandler extends BuiltInHandler {
  private static final int MAX_SUFFIX = 99;
  private static final int RANDOM_TRIES = 8;

  @Inject
  StouHandler() {
    super(CommandSpec.builder(Verb.STOU)
        .argument(ArgumentPolicy.OPTIONAL)
        .permission(Permission.WRITE)
        .help("STOU [<sp> name]: upload a file under a unique name")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualFileSystem fs = context.fileSystem();
    VirtualPath path = command.hasArgument()
        ? suggested(fs, context.resolve(command.argument()))
        : random(fs, context.workingDirectory());
    context.startTransfer("FILE: " + path.name(),
        () -> new StoreJob(path.toString(), fs.openWrite(path, WriteMode.createNew())));
  }

  private static VirtualPath suggested(VirtualFileSystem fs, VirtualPath wanted)
      throws IOException {
    if (wanted.isRoot()) {
      throw new VfsException(VfsException.Kind.IS_A_DIRECTORY, wanted);
    }
    for (int i = 0; i <= MAX_SUFFIX; i++) {
      VirtualPath candidate = i == 0 ? wanted : wanted.parent().child(wanted.name() + "." + i);
      if (isFree(fs, candidate)) {
        return candidate;
      }
    }
    throw noName();
  }

  private static VirtualPath random(VirtualFileSystem fs, VirtualPath directory)
      throws IOException {
    for (int i = 0; i < RANDOM_TRIES; i++) {
      byte[] bytes = new byte[6];
      ThreadLocalRandom.current().nextBytes(bytes);
      VirtualPath candidate = directory.child("ferry-" + HexFormat.of().formatHex(bytes));
      if (isFree(fs, candidate)) {
        return candidate;
      }
    }
    throw noName();
  }

  private static boolean isFree(VirtualFileSystem fs, VirtualPath path) throws IOException {
    try {
      fs.stat(path);
      return false;
    } catch (VfsException e) {
      if (e.kind() == VfsException.Kind.NOT_FOUND) {
        return true;
      }
      throw e;
    }
  }

  private static CommandFailedException noName() {
    return new CommandFailedException(ReplyCode.FILE_NAME_NOT_ALLOWED_553,
        "Could not find a unique file name.");
  }
}
