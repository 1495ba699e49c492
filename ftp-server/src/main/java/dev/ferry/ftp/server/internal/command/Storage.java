package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.vfs.Capability;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the session's user's backend can do, for {@link dev.ferry.ftp.server.command.CommandSpec}
 * availability and FEAT lines. Before login nothing is known, so nothing that needs a capability
 * is offered; clients that ask FEAT again after login (lftp, FileZilla) see the full list.
 */
final class Storage {
  /**
   * Capabilities whose commands change the storage, or (free space) matter only to a user who
   * may change it: a read-only view keeps declaring them (they describe the backend), so they
   * count only together with {@link Capability#WRITE}.
   */
  private static final Set<Capability> CHANGES =
      EnumSet.of(
          Capability.APPEND,
          Capability.WRITE_AT_OFFSET,
          Capability.SET_MODIFIED_TIME,
          Capability.SET_CREATION_TIME,
          Capability.UNIX_PERMISSIONS,
          Capability.DIRECTORIES,
          Capability.RENAME_DIRECTORY,
          Capability.AVAILABLE_SPACE);

  private Storage() {}

  /**
   * Whether the user's file system offers a capability for this session's commands.
   *
   * @param context the session
   * @param capability what the command needs
   * @return false before login, and for a capability that changes storage on a file system
   *     without {@link Capability#WRITE}
   */
  static boolean has(CommandContext context, Capability capability) {
    if (context.account().isEmpty()) {
      return false;
    }
    Set<Capability> offered = context.fileSystem().capabilities();
    return offered.contains(capability)
        && (!CHANGES.contains(capability) || offered.contains(Capability.WRITE));
  }
}
