package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage backends the server opened: each distinct scheme and settings once, on the first
 * login that needs it, shared by every session that names it, and closed by the server when it
 * stops. A lock (not {@code synchronized}: opening a backend may block) keeps two first logins
 * from opening the same backend twice.
 */
@Singleton
public final class BackendRegistry implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(BackendRegistry.class);

  private final BackendOpener opener;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Key, VirtualFileSystem> open = new HashMap<>();
  private boolean closed;

  private record Key(String scheme, VfsConfig config) {}

  @Inject
  BackendRegistry(BackendOpener opener) {
    this.opener = opener;
  }

  /**
   * Returns the backend for a scheme and settings, opening it the first time.
   *
   * @param scheme the provider's scheme
   * @param config the backend's settings
   * @return the shared file system; never close it
   * @throws IOException if it cannot be opened
   * @throws IllegalStateException after {@link #close()}
   */
  public VirtualFileSystem get(String scheme, VfsConfig config) throws IOException {
    Key key = new Key(scheme, config);
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the server is stopped");
      }
      VirtualFileSystem fs = open.get(key);
      if (fs == null) {
        fs = opener.open(scheme, config);
        open.put(key, fs);
        log.info("Opened storage backend {}", scheme);
      }
      return fs;
    } finally {
      lock.unlock();
    }
  }

  /** Closes every backend; later {@link #get} calls fail. */
  @Override
  public void close() {
    List<VirtualFileSystem> toClose;
    lock.lock();
    try {
      closed = true;
      toClose = new ArrayList<>(open.values());
      open.clear();
    } finally {
      lock.unlock();
    }
    for (VirtualFileSystem fs : toClose) {
      try {
        fs.close();
      } catch (IOException | RuntimeException e) {
        log.warn("Closing a storage backend failed", e);
      }
    }
  }
}
