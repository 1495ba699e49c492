package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.vfs.Capability;

/**
 * What the session's user's backend can do, for {@link dev.ferry.ftp.server.command.CommandSpec}
 * availability and FEAT lines. Before login nothing is known, so nothing that needs a capability
 * is offered; clients that ask FEAT again after login (lftp, FileZilla) see the full list.
 */
final class Storage {
  private Storage() {}

  static boolean has(CommandContext context, Capability capability) {
    return context.account().isPresent()
        && context.fileSystem().capabilities().contains(capability);
  }
}
