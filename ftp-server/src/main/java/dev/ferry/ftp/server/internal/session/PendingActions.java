package dev.ferry.ftp.server.internal.session;

import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.vfs.VirtualPath;
import java.util.Optional;
import java.util.Set;

/**
 * The state one command leaves for the next: the REST offset and the RNFR path. Handlers set and
 * read them; only the dispatcher clears them (see {@link PendingAction}).
 */
public final class PendingActions {
  private long restartOffset = -1;
  private VirtualPath renameFrom;

  /** Creates empty pending actions. */
  public PendingActions() {}

  /**
   * Returns the offset REST set.
   *
   * @return the offset, or 0 when none is pending
   */
  public long restartOffset() {
    return Math.max(restartOffset, 0);
  }

  /**
   * Sets the restart offset.
   *
   * @param offset not negative
   */
  public void setRestartOffset(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    restartOffset = offset;
  }

  /**
   * Returns the path RNFR set.
   *
   * @return the path, or empty
   */
  public Optional<VirtualPath> renameFrom() {
    return Optional.ofNullable(renameFrom);
  }

  /**
   * Sets the rename source.
   *
   * @param path the path
   */
  public void setRenameFrom(VirtualPath path) {
    renameFrom = path;
  }

  /**
   * Tells whether an action is pending.
   *
   * @param action the action
   * @return whether it is set
   */
  public boolean isSet(PendingAction action) {
    return switch (action) {
      case RESTART_OFFSET -> restartOffset >= 0;
      case RENAME_FROM -> renameFrom != null;
    };
  }

  /**
   * Clears the given actions.
   *
   * @param actions what to clear
   */
  public void clear(Set<PendingAction> actions) {
    for (PendingAction action : actions) {
      switch (action) {
        case RESTART_OFFSET -> restartOffset = -1;
        case RENAME_FROM -> renameFrom = null;
      }
    }
  }

  /**
   * Clears every action but the given ones.
   *
   * @param kept what to keep
   */
  public void clearAllBut(Set<PendingAction> kept) {
    for (PendingAction action : PendingAction.values()) {
      if (!kept.contains(action)) {
        clear(Set.of(action));
      }
    }
  }
}
