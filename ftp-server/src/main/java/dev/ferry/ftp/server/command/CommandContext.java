package dev.ferry.ftp.server.command;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * A handler's view of the session it serves: who is connected, the user's files and working
 * directory, and the reply channel. One context belongs to one session; it is used from that
 * session's thread only.
 */
public interface CommandContext {
  /**
   * Returns the session's id, the one in the logs' MDC and in events.
   *
   * @return the id
   */
  String sessionId();

  /**
   * Returns the client's address: the remote end of the control connection.
   *
   * @return the address
   */
  InetSocketAddress clientAddress();

  /**
   * Returns the server's address the client reached.
   *
   * @return the local end of the control connection
   */
  InetSocketAddress serverAddress();

  /**
   * Returns the logged-in user.
   *
   * @return the account, or empty before login
   */
  Optional<UserAccount> account();

  /**
   * Returns the user's files, rooted at the user's home (and read-only for a user without write
   * permissions).
   *
   * @return the file system
   * @throws IllegalStateException before login; a command that declares
   *     {@link CommandSpec#requiresLogin()} never sees that
   */
  VirtualFileSystem fileSystem();

  /**
   * Returns the working directory.
   *
   * @return the path, {@code /} after login
   */
  VirtualPath workingDirectory();

  /**
   * Resolves a path argument against the working directory (RFC 959 §4.1: absolute when it starts
   * with {@code /}). Nothing can resolve above the user's root.
   *
   * @param argument the path as the client sent it
   * @return the path
   * @throws dev.ferry.ftp.vfs.InvalidVirtualPathException if it is not an acceptable path (a
   *     {@code 553} reply)
   */
  VirtualPath resolve(String argument);

  /**
   * Fails unless the user holds a permission.
   *
   * @param permission the permission needed
   * @throws CommandFailedException {@code 530} before login, {@code 550} without the permission
   */
  void require(Permission permission);

  /**
   * Sends a reply. A handler sends exactly one final reply (2xx–5xx), optionally preceded by
   * preliminary ones (1xx).
   *
   * @param reply the reply
   */
  void reply(Reply reply);
}
