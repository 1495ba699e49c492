package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyDecoder;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.LoginPolicy;
import dev.ferry.ftp.server.ServerConfig;
import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.internal.ServerModule;
import dev.ferry.ftp.server.internal.auth.AnonymousLogin;
import dev.ferry.ftp.server.internal.auth.BackendOpener;
import dev.ferry.ftp.server.internal.auth.UserList;
import dev.ferry.ftp.server.internal.diag.ServerCounters;
import dev.ferry.ftp.server.internal.session.Session;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Drives one session without sockets: the real session loop, dispatcher and handlers over a
 * {@link MemoryControlChannel}. Send a line, read the reply. The backend is an in-memory one the
 * test can reach; users are {@code alice}/{@code secret} (all permissions) and
 * {@code reader}/{@code read} (read-only), {@code jailed}/{@code jail} (all permissions, home
 * {@code /home/jailed}), {@code mover}/{@code move} (list, read and rename only), and anonymous login is on.
 */
final class SessionDriver implements AutoCloseable {
  static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40000);
  static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 21);
  private static final Duration REPLY_WAIT = Duration.ofSeconds(5);

  private final Factory factory;
  private final boolean ownsFactory;
  private final MemoryControlChannel channel;
  private final ControlSession session;
  private final ReplyDecoder decoder = new ReplyDecoder(8192, 20_000);

  private SessionDriver(Factory factory, boolean ownsFactory, Duration idle) {
    this.factory = factory;
    this.ownsFactory = ownsFactory;
    channel = new MemoryControlChannel(idle, CLIENT, SERVER);
    session = factory.injector.getInstance(SessionLauncher.class)
        .launch(channel, ListenerConfig.loopback(), () -> {})
        .orElseThrow();
    assertEquals(220, reply().code().code());
  }

  /**
   * The server side shared by several sessions: the injector and the in-memory backend. Creating
   * an injector costs more than a session, so a test class can keep one.
   */
  static final class Factory implements AutoCloseable {
    private final VirtualFileSystem backend;
    private final Injector injector;

    Factory(Module... extra) {
      this(config(Timeouts.defaults()), extra);
    }

    Factory(ServerConfig config, Module... extra) {
      this(config, memory(), extra);
    }

    /** A server side over a given backend, which the factory closes. */
    Factory(VirtualFileSystem backend, Module... extra) {
      this(config(Timeouts.defaults()), backend, extra);
    }

    private Factory(ServerConfig config, VirtualFileSystem backend, Module... extra) {
      this.backend = backend;
      HomeDirectory home = HomeDirectory.of("memory", VfsConfig.empty());
      UserList users = UserList.hash(List.of(
          new UserList.Definition(new UserAccount("alice", home, Permission.all()), "secret"),
          new UserList.Definition(new UserAccount("reader", home, Permission.readOnly()), "read"),
          new UserList.Definition(
              new UserAccount("jailed", home.under("/home/jailed"), Permission.all()), "jail"),
          new UserList.Definition(new UserAccount("mover", home,
              EnumSet.of(Permission.LIST, Permission.READ, Permission.RENAME)), "move")),
          1_000);
      List<Module> modules = new ArrayList<>();
      modules.add(new ServerModule(config, users, new AnonymousLogin(Optional.of(home))));
      modules.add(new AbstractModule() {
        @Override
        protected void configure() {
          BackendOpener opener = (scheme, settings) -> backend;
          OptionalBinder.newOptionalBinder(binder(), BackendOpener.class)
              .setBinding().toInstance(opener);
        }
      });
      modules.addAll(List.of(extra));
      injector = Guice.createInjector(modules);
    }

    static VirtualFileSystem memory() {
      try {
        return VfsProviders.open("memory", VfsConfig.empty());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The backend, for a test to set up or inspect without a session. */
    VirtualFileSystem backendForTests() {
      return backend;
    }

    /** Opens a session on this server side. */
    SessionDriver open() {
      return new SessionDriver(this, false, Duration.ofMinutes(1));
    }

    /** Opens a session whose client falls silent after {@code idle}. */
    SessionDriver open(Duration idle) {
      return new SessionDriver(this, false, idle);
    }

    ServerCounters.Snapshot counters() {
      return injector.getInstance(ServerCounters.class).snapshot();
    }

    @Override
    public void close() throws IOException {
      assertEquals(new ServerCounters.Snapshot(0, 0, 0), counters(), "leaked session resources");
      backend.close();
    }
  }

  /** Starts a session on a server side of its own, with the default test configuration. */
  static SessionDriver start(Module... extra) {
    return new SessionDriver(new Factory(extra), true, Duration.ofMinutes(1));
  }

  static ServerConfig config(Timeouts timeouts) {
    ServerConfig defaults = ServerConfig.defaults();
    return new ServerConfig(defaults.listeners(), defaults.limits(), timeouts, defaults.active(),
        LoginPolicy.defaults().withFailureDelay(Duration.ZERO), defaults.greeting());
  }

  VirtualFileSystem backend() {
    return factory.backend;
  }

  Injector injector() {
    return factory.injector;
  }

  /** Sends a line (CRLF added) and returns the reply. */
  Reply send(String line) {
    sendRaw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    return reply();
  }

  /** Sends a line and returns the reply's code. */
  int code(String line) {
    return send(line).code().code();
  }

  void sendRaw(byte[] bytes) {
    channel.send(bytes);
  }

  /** Returns the next reply. */
  Reply reply() {
    try {
      byte[] bytes = channel.nextWrite(REPLY_WAIT);
      assertNotNull(bytes, "no reply within " + REPLY_WAIT);
      Reply reply = decoder.decode(ByteBuffer.wrap(bytes));
      assertNotNull(reply, "incomplete reply");
      return reply;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns the next reply if one comes within {@code wait}. */
  Optional<Reply> replyWithin(Duration wait) throws InterruptedException {
    byte[] bytes = channel.nextWrite(wait);
    return bytes == null ? Optional.empty()
        : Optional.of(decoder.decode(ByteBuffer.wrap(bytes)));
  }

  void login() {
    login("alice", "secret");
  }

  void login(String user, String password) {
    assertEquals(331, code("USER " + user));
    assertEquals(230, code("PASS " + password));
  }

  /** Writes a file straight into the backend. */
  void write(String path, String content) throws IOException {
    try (Upload upload = backend().openWrite(VirtualPath.of(path), WriteMode.replace())) {
      ByteBuffer buffer = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
      while (buffer.hasRemaining()) {
        upload.write(buffer);
      }
      upload.commit();
    }
  }

  /** Reads a file straight from the backend. */
  String read(String path) throws IOException {
    try (InputStream in = Channels.newInputStream(backend().openRead(VirtualPath.of(path), 0))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Tells whether anything exists at a path of the backend. */
  boolean exists(String path) throws IOException {
    try {
      backend().stat(VirtualPath.of(path));
      return true;
    } catch (VfsException e) {
      if (e.kind() == VfsException.Kind.NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  /** The session's state; read it only after a reply, which orders it after the handler. */
  Session session() {
    return session.session();
  }

  ServerCounters.Snapshot counters() {
    return factory.counters();
  }

  /** Waits (bounded) until the session ended. */
  void awaitEnd() throws InterruptedException {
    SessionRegistry registry = factory.injector.getInstance(SessionRegistry.class);
    long deadline = System.nanoTime() + REPLY_WAIT.toNanos();
    while (registry.sessions().contains(session) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(!registry.sessions().contains(session), "the session did not end");
  }

  boolean channelClosed() {
    return channel.isClosed();
  }

  @Override
  public void close() throws IOException {
    channel.endInput();
    try {
      awaitEnd();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (ownsFactory) {
      factory.close();
    }
  }
}
