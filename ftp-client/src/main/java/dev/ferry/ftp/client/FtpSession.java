package dev.ferry.ftp.client;

import static dev.ferry.ftp.client.TransferProgress.Direction.DOWNLOAD;
import static dev.ferry.ftp.client.TransferProgress.Direction.UPLOAD;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.listing.ListingParser;
import dev.ferry.ftp.protocol.param.Features;
import dev.ferry.ftp.protocol.param.HashAlgorithm;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.net.ssl.SSLSession;

/**
 * A logged-in connection to an FTP server, opened by {@link FtpClient#connect(FtpClientConfig)}.
 *
 * <p><b>One thread at a time.</b> A session is one control connection, and FTP runs one command
 * at a time on it: a session is not thread-safe and belongs to one thread at a time. For
 * concurrent work open several sessions, or lease them from a {@link FtpSessionPool}.
 *
 * <p><b>Errors.</b> Every refusal throws a {@link FtpReplyException} that carries the server's
 * reply; nothing reports failure with a boolean. A lost control connection or a reply timeout
 * breaks the session for good: every later call throws, and {@link #close()} only releases it.
 *
 * <p><b>Transfers.</b> {@link #retrieve}, {@link #store} and {@link #append} return streams whose
 * {@code close()} reads and checks the server's final reply; while one is open the session runs
 * no other command. {@link #download} and {@link #upload} copy whole files, with resume,
 * verification and modification times as {@link TransferOptions} ask. Transfers are binary unless
 * the options say otherwise.
 *
 * <p><b>FTPS.</b> With {@link FtpClientConfig#tls()} set, the control connection is encrypted
 * before the login and data connections are protected ({@code PROT P}), each resuming the control
 * connection's TLS session; see {@link #tlsSession()} and {@link #clearCommandChannel()}.
 *
 * <p><b>Paths</b> are the server's: {@code /}-separated, absolute or relative to the {@linkplain
 * #workingDirectory() working directory}, in UTF-8 when the server announces UTF8 (RFC 2640).
 */
public final class FtpSession implements AutoCloseable {
  private final FtpClientConfig config;
  private final Commands commands;
  private final Security security;
  private final DataConnector data;
  private final Listings listings;
  private Features features = Features.none();
  private Checksums checksums;

  private FtpSession(FtpClientConfig config, ControlConnection control, Security security) {
    this.config = config;
    this.commands = new Commands(control);
    this.security = security;
    this.data = new DataConnector(commands, config, security);
    this.listings =
        new Listings(
            this,
            ListingParser.builder().zone(config.serverZone()).clock(config.clock()).build());
  }

  /** Connects, secures the control connection as configured, logs in and learns the features. */
  static FtpSession open(FtpClientConfig config) throws IOException {
    ControlConnection control = ControlConnection.open(config);
    try {
      Security security = Security.of(config);
      security.beforeGreeting(control);
      Handshake.greet(control);
      security.afterGreeting(control);
      FtpSession session = new FtpSession(config, control, security);
      Handshake.login(session, config.credentials());
      security.afterLogin(session.commands);
      session.features = Handshake.negotiate(session);
      session.checksums = new Checksums(session, session.features);
      session.commands.setType(RepresentationType.IMAGE);
      return session;
    } catch (IOException | RuntimeException e) {
      control.close();
      throw e;
    }
  }

  // ---- commands ---------------------------------------------------------------------------

  /**
   * Sends a command that opens no data connection and returns the server's reply. An escape hatch
   * for commands this class has no method for.
   *
   * @param command the command
   * @return the reply, positive (2yz or 3yz)
   * @throws FtpReplyException if the server refuses the command
   * @throws IllegalStateException if a transfer stream is open
   * @throws IOException if the control connection fails
   */
  public Reply execute(Command command) throws IOException {
    return commands.execute(command);
  }

  /**
   * Sends {@code SITE} with arguments (RFC 959 §4.1.3), for server-specific commands.
   *
   * @param arguments for example {@code "UMASK 022"}
   * @return the positive reply
   * @throws FtpReplyException if the server refuses
   * @throws IOException if the control connection fails
   */
  public Reply site(String arguments) throws IOException {
    return execute(Command.of(Verb.SITE, arguments));
  }

  /**
   * Sends NOOP: proves the connection alive and keeps idle timers at bay.
   *
   * @throws IOException if the server does not answer 200
   */
  public void noop() throws IOException {
    execute(Command.of(Verb.NOOP));
  }

  /**
   * Returns the features the server announced in its reply to FEAT (RFC 2389).
   *
   * @return the features; none if the server does not implement FEAT
   */
  public Features features() {
    return features;
  }

  /**
   * Tells whether the session can still be used: not closed, and its control connection intact.
   *
   * @return whether commands can be sent
   */
  public boolean isOpen() {
    return commands.control().isOpen();
  }

  /**
   * Returns the control connection's TLS session: its protocol, cipher suite and the server's
   * certificates. Data connections resume it. It stays after {@link #clearCommandChannel()}.
   *
   * @return the session; empty for plain FTP
   */
  public Optional<SSLSession> tlsSession() {
    return security.session(commands.control());
  }

  /**
   * Returns the control connection to clear text with {@code CCC} (RFC 4217 §6), for firewalls that
   * must read the commands (to open data ports); data connections stay protected. The login and
   * everything before happened encrypted.
   *
   * @throws IllegalStateException if the control connection is not encrypted
   * @throws FtpReplyException if the server refuses (the connection stays encrypted and usable)
   * @throws IOException if the connection fails
   */
  public void clearCommandChannel() throws IOException {
    security.clearCommandChannel(commands);
  }

  /**
   * Returns the working directory (PWD, RFC 959 §4.1.3).
   *
   * @return the path the server names in its 257 reply
   * @throws IOException if the server refuses or the connection fails
   */
  public String workingDirectory() throws IOException {
    Reply reply = execute(Command.of(Verb.PWD));
    try {
      return reply.pathname();
    } catch (FtpProtocolException e) {
      throw new FtpException("PWD reply has no quoted path: " + reply, e);
    }
  }

  /**
   * Changes the working directory (CWD, RFC 959 §4.1.1).
   *
   * @param path the new working directory
   * @throws FtpNotFoundException if there is no such directory
   * @throws IOException if the server refuses or the connection fails
   */
  public void changeWorkingDirectory(String path) throws IOException {
    Metadata.executeOn(this, Command.of(Verb.CWD, path), path);
  }

  /**
   * Changes to the parent of the working directory (CDUP, RFC 959 §4.1.1).
   *
   * @throws IOException if the server refuses or the connection fails
   */
  public void changeToParentDirectory() throws IOException {
    execute(Command.of(Verb.CDUP));
  }

  // ---- listings and file status ------------------------------------------------------------

  /**
   * Lists the working directory; see {@link #list(String)}.
   *
   * @return the entries
   * @throws IOException if the server refuses or the connection fails
   */
  public List<RemoteFile> list() throws IOException {
    return list("");
  }

  /**
   * Lists a directory: with MLSD (RFC 3659 §7) when the server offers it, else with LIST parsed
   * by the dialect parsers (Unix, Windows/IIS, EPLF, NetWare, VMS). The entries for the directory
   * itself and its parent ({@code .}, {@code ..}) are left out; lines no dialect understands are
   * skipped and logged at debug.
   *
   * @param directory the directory; empty for the working directory
   * @return the entries, in the server's order
   * @throws FtpNotFoundException if there is no such directory
   * @throws IOException if the server refuses or the connection fails
   */
  public List<RemoteFile> list(String directory) throws IOException {
    return listings.list(directory);
  }

  /**
   * Lists the names in a directory (NLST, RFC 959 §4.1.3).
   *
   * @param directory the directory; empty for the working directory
   * @return the names, as the server gives them (some servers prefix the directory)
   * @throws IOException if the server refuses or the connection fails
   */
  public List<String> listNames(String directory) throws IOException {
    return listings.names(directory);
  }

  /**
   * Describes one file or directory: MLST (RFC 3659 §7) when the server offers it, else its line
   * in a listing of its parent, else what SIZE and CWD reveal (for entries a listing hides, such
   * as dot files on vsftpd).
   *
   * @param path the path
   * @return what the server says about it
   * @throws FtpNotFoundException if it does not exist
   * @throws IOException if the server refuses or the connection fails
   */
  public RemoteFile stat(String path) throws IOException {
    return listings.stat(path);
  }

  /**
   * Tells whether a file or directory exists, as {@link #stat(String)} finds it.
   *
   * @param path the path
   * @return whether it exists
   * @throws IOException if the connection fails
   */
  public boolean exists(String path) throws IOException {
    try {
      stat(path);
      return true;
    } catch (FtpNotFoundException e) {
      return false;
    }
  }

  /**
   * Returns a file's size in bytes (SIZE, RFC 3659 §4, in binary type), or from {@link #stat} when
   * the server has no SIZE.
   *
   * @param path the file
   * @return its size
   * @throws FtpNotFoundException if it does not exist
   * @throws IOException if the server refuses or the connection fails
   */
  public long size(String path) throws IOException {
    return Metadata.size(this, path);
  }

  /**
   * Returns a file's modification time (MDTM, RFC 3659 §3), or from {@link #stat} when the server
   * has no MDTM.
   *
   * @param path the file
   * @return the time, in UTC as RFC 3659 has it
   * @throws FtpNotFoundException if it does not exist
   * @throws IOException if the server refuses or the connection fails
   */
  public Instant modificationTime(String path) throws IOException {
    return Metadata.modificationTime(this, path);
  }

  /**
   * Sets a file's modification time, to the second: MFMT (draft-somers-ftp-mfxx) when the server
   * offers it, else {@code SITE UTIME} (ProFTPD, Pure-FTPd), else MDTM with a time (vsftpd).
   *
   * @param path the file
   * @param time the new modification time
   * @throws FtpReplyException if the server refuses every form
   * @throws IOException if the connection fails
   */
  public void setModificationTime(String path, Instant time) throws IOException {
    Metadata.setModificationTime(this, path, time);
  }

  /**
   * Creates a directory (MKD, RFC 959 §4.1.3).
   *
   * @param path the new directory
   * @throws IOException if the server refuses (it exists, its parent is missing) or the connection
   *     fails
   */
  public void createDirectory(String path) throws IOException {
    execute(Command.of(Verb.MKD, path));
  }

  /**
   * Creates a directory and any missing parents; succeeds if it already exists.
   *
   * @param path the directory
   * @throws IOException if one cannot be created or the connection fails
   */
  public void createDirectories(String path) throws IOException {
    Metadata.createDirectories(this, path);
  }

  /**
   * Deletes a file (DELE, RFC 959 §4.1.3).
   *
   * @param path the file
   * @throws FtpNotFoundException if it does not exist
   * @throws IOException if the server refuses or the connection fails
   */
  public void delete(String path) throws IOException {
    Metadata.executeOn(this, Command.of(Verb.DELE, path), path);
  }

  /**
   * Deletes an empty directory (RMD, RFC 959 §4.1.3).
   *
   * @param path the directory
   * @throws FtpNotFoundException if it does not exist
   * @throws IOException if the server refuses (it is not empty) or the connection fails
   */
  public void deleteDirectory(String path) throws IOException {
    Metadata.executeOn(this, Command.of(Verb.RMD, path), path);
  }

  /**
   * Deletes a file, or a directory with everything in it. A symbolic link is deleted, not
   * followed. Entries a listing hides (dot files on vsftpd) make the last RMD fail.
   *
   * @param path the file or directory
   * @throws FtpNotFoundException if it does not exist
   * @throws IOException if the server refuses a deletion or the connection fails
   */
  public void deleteRecursively(String path) throws IOException {
    Metadata.deleteRecursively(this, path);
  }

  /**
   * Renames or moves a file or directory (RNFR and RNTO, RFC 959 §4.1.3).
   *
   * @param from the current path
   * @param to the new path
   * @throws FtpNotFoundException if {@code from} does not exist
   * @throws IOException if the server refuses or the connection fails
   */
  public void rename(String from, String to) throws IOException {
    Metadata.rename(this, from, to);
  }

  /**
   * Sets a file's Unix permission bits with {@code SITE CHMOD}, which most Unix servers offer.
   *
   * @param path the file or directory
   * @param mode the bits, {@code 0} to {@code 07777}, for example {@code 0644}
   * @throws IllegalArgumentException if the mode is out of range
   * @throws IOException if the server refuses or the connection fails
   */
  public void chmod(String path, int mode) throws IOException {
    if (mode < 0 || mode > 07777) {
      throw new IllegalArgumentException("mode must be 0 to 07777: " + Integer.toOctalString(mode));
    }
    Metadata.executeOn(this, Command.of(Verb.SITE, "CHMOD " + Integer.toOctalString(mode) + " " + path), path);
  }

  /**
   * Returns the checksum algorithms the server offers that this client can compute too.
   *
   * @return the algorithms, possibly none
   */
  public Set<HashAlgorithm> checksumAlgorithms() {
    return checksums.offered();
  }

  /**
   * Asks the server for a file's checksum: HASH when it offers the algorithm that way, else the
   * matching X command (XSHA256, XSHA512, XSHA1, XMD5, XCRC).
   *
   * @param path the file
   * @param algorithm one of {@link #checksumAlgorithms()}
   * @return the checksum in lower-case hexadecimal
   * @throws FtpException if the server does not offer the algorithm
   * @throws IOException if the server refuses or the connection fails
   */
  public String checksum(String path, HashAlgorithm algorithm) throws IOException {
    return checksums.checksum(path, algorithm);
  }

  // ---- transfers ----------------------------------------------------------------------------

  /**
   * Opens a binary download of a whole file (RETR, RFC 959 §4.1.3).
   *
   * @param path the file
   * @return its data; close it to finish the transfer
   * @throws FtpNotFoundException if it does not exist
   * @throws IOException if the server refuses or the connection fails
   */
  public FtpInputStream retrieve(String path) throws IOException {
    return retrieve(path, 0, TransferOptions.defaults());
  }

  /**
   * Opens a download from an offset (REST then RETR, RFC 3659 §5).
   *
   * @param path the file
   * @param offset where to start; 0 for the whole file
   * @param options the type and listener (the file-level options do not apply to streams)
   * @return its data; close it to finish the transfer
   * @throws FtpNotFoundException if it does not exist
   * @throws IOException if the server refuses or the connection fails
   */
  public FtpInputStream retrieve(String path, long offset, TransferOptions options)
      throws IOException {
    OptionalLong total =
        options.listener() == TransferListener.NONE
            ? OptionalLong.empty()
            : Metadata.sizeOnly(this, path);
    return retrieve(path, offset, options, total);
  }

  FtpInputStream retrieve(String path, long offset, TransferOptions options, OptionalLong total)
      throws IOException {
    Command retr = Command.of(Verb.RETR, path);
    return Transfer.start(this, retr, path, offset, options, DOWNLOAD, total).download();
  }

  /**
   * Opens a binary upload that creates or replaces a file (STOR, RFC 959 §4.1.3).
   *
   * @param path the file
   * @return a stream for its data; close it to finish the transfer, or abort it
   * @throws IOException if the server refuses or the connection fails
   */
  public FtpOutputStream store(String path) throws IOException {
    return store(path, 0, TransferOptions.defaults());
  }

  /**
   * Opens an upload that creates or replaces a file, or overwrites it from an offset (REST then
   * STOR, RFC 3659 §5.5).
   *
   * @param path the file
   * @param offset where to start writing; 0 to replace the file
   * @param options the type and listener
   * @return a stream for the data; close it to finish the transfer, or abort it
   * @throws IOException if the server refuses or the connection fails
   */
  public FtpOutputStream store(String path, long offset, TransferOptions options)
      throws IOException {
    return upload(Command.of(Verb.STOR, path), path, offset, options);
  }

  /**
   * Opens an upload that appends to a file, creating it if needed (APPE, RFC 959 §4.1.3).
   *
   * @param path the file
   * @param options the type and listener
   * @return a stream for the data; close it to finish the transfer, or abort it
   * @throws IOException if the server refuses or the connection fails
   */
  public FtpOutputStream append(String path, TransferOptions options) throws IOException {
    return upload(Command.of(Verb.APPE, path), path, 0, options);
  }

  private FtpOutputStream upload(Command command, String path, long offset, TransferOptions options)
      throws IOException {
    return Transfer.start(this, command, path, offset, options, UPLOAD, OptionalLong.empty())
        .upload();
  }

  /**
   * Downloads a file with the default options; see {@link #download(String, Path,
   * TransferOptions)}.
   *
   * @param remote the remote file
   * @param local the local file, created or replaced
   * @return what the transfer did
   * @throws IOException if the transfer fails
   */
  public TransferResult download(String remote, Path local) throws IOException {
    return download(remote, local, TransferOptions.defaults());
  }

  /**
   * Downloads a file into a local file. With {@link TransferOptions#resume()} a shorter local
   * file is continued from its end (REST); after the data, the copy is verified and its
   * modification time set as the options ask.
   *
   * @param remote the remote file
   * @param local the local file, created, replaced or continued
   * @param options how to transfer
   * @return what the transfer did
   * @throws FtpVerificationException if the copy's checksum differs from the server's
   * @throws IOException if the transfer fails
   */
  public TransferResult download(String remote, Path local, TransferOptions options)
      throws IOException {
    return FileTransfers.download(this, remote, local, options);
  }

  /**
   * Uploads a file with the default options; see {@link #upload(Path, String, TransferOptions)}.
   *
   * @param local the local file
   * @param remote the remote file, created or replaced
   * @return what the transfer did
   * @throws IOException if the transfer fails
   */
  public TransferResult upload(Path local, String remote) throws IOException {
    return upload(local, remote, TransferOptions.defaults());
  }

  /**
   * Uploads a local file. With {@link TransferOptions#resume()} a shorter remote file is continued
   * (REST then STOR, or APPE when the server has no REST STREAM); after the data, the copy is
   * verified and its modification time set as the options ask. A failure while reading the local
   * file aborts the upload rather than leave a truncated file that looks complete.
   *
   * @param local the local file
   * @param remote the remote file, created, replaced or continued
   * @param options how to transfer
   * @return what the transfer did
   * @throws FtpVerificationException if the copy's checksum differs from the local file's
   * @throws IOException if the transfer fails
   */
  public TransferResult upload(Path local, String remote, TransferOptions options)
      throws IOException {
    return FileTransfers.upload(this, local, remote, options);
  }

  /**
   * Ends the session: aborts an open transfer, says QUIT (RFC 959 §4.1.1) and closes the
   * connection. Never throws: a server that is gone already is closed all the same.
   */
  @Override
  public void close() {
    Duration five = Duration.ofSeconds(5);
    commands.quit(config.replyTimeout().compareTo(five) < 0 ? config.replyTimeout() : five);
  }

  // ---- for the package ----------------------------------------------------------------------

  FtpClientConfig config() {
    return config;
  }

  Commands commands() {
    return commands;
  }

  ControlConnection control() {
    return commands.control();
  }

  DataConnector data() {
    return data;
  }

  Checksums checksums() {
    return checksums;
  }

  /** Sends a command and returns its reply, whatever it is, after any 1yz replies. */
  Reply exchange(Command command) throws IOException {
    return commands.exchange(command);
  }

  void preferList(boolean prefer) {
    listings.preferList(prefer);
  }

  /** Whether the server announces MODE Z (draft-preston-ftpext-deflate §2) in FEAT. */
  boolean offersModeZ() {
    return features.findAll("MODE").stream().anyMatch(f -> f.parameters().equalsIgnoreCase("Z"));
  }

  TransmissionMode mode() {
    return commands.mode();
  }

  @Override
  public String toString() {
    return "FtpSession{" + control().name() + (isOpen() ? "" : ", closed") + "}";
  }
}
