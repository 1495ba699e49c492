package dev.ferry.ftp.vfs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Finds {@link VfsProvider}s with {@link ServiceLoader} and opens file systems by scheme.
 *
 * <p>On the module path it sees every module that {@code provides dev.ferry.ftp.vfs.VfsProvider};
 * on the class path, every {@code META-INF/services/dev.ferry.ftp.vfs.VfsProvider} entry. The
 * overloads that take a {@link ClassLoader} search a plugin folder's loader instead.
 */
public final class VfsProviders {
  private VfsProviders() {}

  /**
   * Returns a fresh instance of every installed provider.
   *
   * @return the providers, in {@link ServiceLoader} order
   */
  public static List<VfsProvider> installed() {
    return load(ServiceLoader.load(VfsProvider.class));
  }

  /**
   * Returns the provider that serves {@code scheme}.
   *
   * @param scheme the scheme, e.g. {@code local}
   * @return the provider
   * @throws VfsConfigException if none serves it; the message lists the schemes found
   */
  public static VfsProvider find(String scheme) {
    return find(scheme, installed());
  }

  /**
   * Returns the provider that serves {@code scheme} among those a class loader sees.
   *
   * @param scheme the scheme
   * @param loader the class loader to search
   * @return the provider
   * @throws VfsConfigException if none serves it; the message lists the schemes found
   */
  public static VfsProvider find(String scheme, ClassLoader loader) {
    return find(scheme, load(ServiceLoader.load(VfsProvider.class, loader)));
  }

  /**
   * Finds the provider for {@code scheme} and opens a file system with it.
   *
   * @param scheme the scheme
   * @param config the backend's settings
   * @return the open file system, which the caller must close
   * @throws VfsConfigException if no provider serves the scheme or a setting is bad
   * @throws IOException if the backend cannot open its storage
   */
  public static VirtualFileSystem open(String scheme, VfsConfig config) throws IOException {
    return find(scheme).open(config);
  }

  static VfsProvider find(String scheme, List<VfsProvider> candidates) {
    for (VfsProvider provider : candidates) {
      if (provider.scheme().equals(scheme)) {
        return provider;
      }
    }
    TreeSet<String> schemes = new TreeSet<>();
    candidates.forEach(p -> schemes.add(p.scheme()));
    throw new VfsConfigException(
        "scheme",
        "no storage provider for scheme \"" + scheme + "\" (installed: "
            + (schemes.isEmpty() ? "none" : String.join(", ", schemes)) + ")");
  }

  private static List<VfsProvider> load(ServiceLoader<VfsProvider> loader) {
    List<VfsProvider> providers = new ArrayList<>();
    loader.forEach(providers::add);
    return List.copyOf(providers);
  }
}
