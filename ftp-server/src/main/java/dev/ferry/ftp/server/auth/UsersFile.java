package dev.ferry.ftp.server.auth;

import dev.ferry.ftp.server.internal.auth.UsersFileParser;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users of a YAML users file (format in {@code docs/server.md}), as an {@link Authenticator}:
 *
 * <pre>{@code
 * UsersFile users = UsersFile.load(Path.of("conf/users.yaml"));
 * FtpServer server = FtpServer.builder().usersFile(users).build().start();
 * ...
 * users.reload();   // on SIGHUP: sessions already logged in are not touched
 * }</pre>
 *
 * <p>Passwords are stored as {@link PasswordHash} strings (argon2id by default, bcrypt and PBKDF2
 * too). An unknown or disabled user costs one argon2id computation of the default cost, like a
 * wrong password, so the reply and its timing do not tell whether a name exists. At most as many
 * hashes as the machine has processors (and at least two) are computed at once, so a burst of
 * logins cannot claim unbounded memory. Thread-safe.
 */
public final class UsersFile implements Authenticator {
  private static final Logger log = LoggerFactory.getLogger(UsersFile.class);

  private final Path file;
  private final AtomicReference<Map<String, UsersFileParser.Entry>> users;
  private final PasswordHash dummy;
  private final Semaphore hashing =
      new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

  private UsersFile(Path file, Map<String, UsersFileParser.Entry> users, PasswordHash dummy) {
    this.file = file;
    this.users = new AtomicReference<>(users);
    this.dummy = dummy;
  }

  /**
   * Reads a users file.
   *
   * @param file the file
   * @return the users
   * @throws UsersFileException naming the file, line and key of the first problem in it
   * @throws IOException if the file cannot be read
   */
  public static UsersFile load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Map<String, UsersFileParser.Entry> users = UsersFileParser.parse(file);
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    UsersFile loaded = new UsersFile(file, users,
        PasswordHash.argon2id(HexFormat.of().formatHex(secret)));
    log.info("Loaded {} users from {}", users.size(), file);
    return loaded;
  }

  /**
   * Reads the file again and swaps the users in at once. Sessions already logged in keep their
   * account until they log in again; new logins see the new file. When the file is bad, the
   * users loaded before stay in force.
   *
   * @throws UsersFileException naming the file, line and key of the first problem in it
   * @throws IOException if the file cannot be read
   */
  public void reload() throws IOException {
    Map<String, UsersFileParser.Entry> fresh = UsersFileParser.parse(file);
    users.set(fresh);
    log.info("Reloaded {} users from {}", fresh.size(), file);
  }

  /**
   * Returns the file this store reads.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the names of the users now loaded, enabled or not.
   *
   * @return the names, in file order
   */
  public Set<String> userNames() {
    return users.get().keySet();
  }

  /**
   * Checks a name and password against the file.
   *
   * @param name the user name
   * @param password the password
   * @param client the client's address (not used)
   * @return the account when the user exists, is enabled and the password matches
   */
  @Override
  public Optional<UserAccount> authenticate(String name, String password, InetAddress client) {
    UsersFileParser.Entry entry = users.get().get(name);
    // A certificate-only user has no password: the dummy keeps the time, the check then fails.
    PasswordHash hash = entry == null || entry.hash() == null ? dummy : entry.hash();
    boolean matches;
    try {
      hashing.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    try {
      matches = hash.matches(password);
    } finally {
      hashing.release();
    }
    if (entry == null || entry.hash() == null || !matches || !entry.enabled()) {
      return Optional.empty();
    }
    return Optional.of(entry.account());
  }

  /**
   * Finds the enabled user a verified client certificate identifies ({@code certificate} in the
   * user's {@code tls} settings).
   *
   * @param name the user name
   * @param certificate the client's verified certificate
   * @param client the client's address (not used)
   * @return the account when the certificate identifies the user
   */
  @Override
  public Optional<UserAccount> authenticate(String name, X509Certificate certificate,
      InetAddress client) {
    UsersFileParser.Entry entry = users.get().get(name);
    if (entry == null || !entry.enabled()
        || !entry.account().tls().certificate().matches(certificate)) {
      return Optional.empty();
    }
    return Optional.of(entry.account());
  }
}
