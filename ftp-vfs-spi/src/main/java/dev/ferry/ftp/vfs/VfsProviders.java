package dev.ferry.ftp.vfs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Finds {@link VfsProvider}s with {@link ServiceLoader} and opens file systems by scheme.
 *
 * <p>On the module path it sees every module that {@code provides dev.ferry.ftp.vfs.VfsProvider};
 * on the class path, every {@code META-INF/services/dev.ferry.ftp.vfs.VfsProvider} entry. The
 * overloads that take a {@link ClassLoader} search a plugin folder's loader instead.
 *
 * <p>A provider that fails to load (a {@link ServiceConfigurationError}: a missing class, a
 * constructor that throws) is skipped, so one broken plugin does not hide the others; {@link
 * #find} names it when no provider serves the scheme asked for. Two providers for one scheme are
 * an error, never a silent choice.
 */
public final class VfsProviders {
  /** Bounds the recovery from broken entries, which ServiceLoader makes no promise about. */
  private static final int MAX_FAILURES = 100;

  private VfsProviders() {}

  /**
   * Returns a fresh instance of every installed provider that loads; those that fail to load are
   * left out (see {@link #find}).
   *
   * @return the providers, in {@link ServiceLoader} order
   */
  public static List<VfsProvider> installed() {
    return load(ServiceLoader.load(VfsProvider.class)).providers();
  }

  /**
   * Returns the provider that serves {@code scheme}.
   *
   * @param scheme the scheme, e.g. {@code local}
   * @return the provider
   * @throws VfsConfigException if none serves it (the message lists the schemes found and the
   *     providers that failed to load, the first failure is the cause), or if several do (the
   *     message names their classes)
   */
  public static VfsProvider find(String scheme) {
    return find(scheme, load(ServiceLoader.load(VfsProvider.class)));
  }

  /**
   * Returns the provider that serves {@code scheme} among those a class loader sees.
   *
   * @param scheme the scheme
   * @param loader the class loader to search
   * @return the provider
   * @throws VfsConfigException if none serves it or several do, as for {@link #find(String)}
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
   * @throws VfsConfigException if no provider or several serve the scheme, or a setting is bad
   * @throws IOException if the backend cannot open its storage
   */
  public static VirtualFileSystem open(String scheme, VfsConfig config) throws IOException {
    return find(scheme).open(config);
  }

  static VfsProvider find(String scheme, List<VfsProvider> candidates) {
    return find(scheme, new Loaded(candidates, List.of()));
  }

  private static VfsProvider find(String scheme, Loaded loaded) {
    List<VfsProvider> matches = new ArrayList<>();
    TreeSet<String> schemes = new TreeSet<>();
    for (VfsProvider provider : loaded.providers()) {
      String served = provider.scheme();
      schemes.add(served);
      if (served.equals(scheme)) {
        matches.add(provider);
      }
    }
    if (matches.size() > 1) {
      List<String> classes = matches.stream().map(p -> p.getClass().getName()).toList();
      throw new VfsConfigException("scheme", "several storage providers serve scheme \"" + scheme
          + "\": " + String.join(", ", classes) + "; remove all but one from the module path or "
          + "class path");
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    StringBuilder message = new StringBuilder("no storage provider for scheme \"")
        .append(scheme).append("\" (installed: ")
        .append(schemes.isEmpty() ? "none" : String.join(", ", schemes)).append(')');
    List<Throwable> failures = loaded.failures();
    if (!failures.isEmpty()) {
      // The broken one may be the provider asked for: its scheme is unknown, so name them all.
      message.append("; ").append(failures.size()).append(failures.size() == 1
          ? " provider failed to load and was skipped, perhaps the one for this scheme: "
          : " providers failed to load and were skipped, perhaps the one for this scheme: ");
      for (int i = 0; i < failures.size(); i++) {
        message.append(i == 0 ? "" : "; ").append(failures.get(i).getMessage());
      }
    }
    VfsConfigException e = new VfsConfigException("scheme", message.toString());
    if (!failures.isEmpty()) {
      e.initCause(failures.get(0));
    }
    throw e;
  }

  /**
   * Instantiates every provider, skipping those that fail: an entry that names a missing class or
   * one that is no provider, a constructor that throws, a {@code scheme()} that throws.
   */
  private static Loaded load(ServiceLoader<VfsProvider> loader) {
    List<VfsProvider> providers = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    Iterator<VfsProvider> iterator = loader.iterator();
    while (failures.size() < MAX_FAILURES) {
      try {
        if (!iterator.hasNext()) {
          break;
        }
        VfsProvider provider = iterator.next();
        Objects.requireNonNull(provider.scheme(), "scheme");
        providers.add(provider);
      } catch (ServiceConfigurationError | RuntimeException e) {
        failures.add(e);
      }
    }
    return new Loaded(List.copyOf(providers), List.copyOf(failures));
  }

  private record Loaded(List<VfsProvider> providers, List<Throwable> failures) {}
}
