package dev.ferry.ftp.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provider lookup through {@link VfsProviders#find(String, ClassLoader)}, with test providers
 * installed as a class-path plugin would be: a services file, and classes in the unnamed module of
 * their own loader.
 */
class VfsProvidersTest {
  private static final String SERVICES = "META-INF/services/" + VfsProvider.class.getName();

  @TempDir Path dir;

  @Test
  void findsTheProviderOfAScheme() throws IOException {
    ClassLoader loader = plugins(Alpha.class.getName(), Beta.class.getName());
    VfsProvider beta = VfsProviders.find("beta", loader);
    assertEquals(Beta.class.getName(), beta.getClass().getName());
    assertNotSame(Beta.class, beta.getClass(), "loaded by the plugin loader");
  }

  @Test
  void twoProvidersForOneSchemeFailNamingBoth() throws IOException {
    ClassLoader loader =
        plugins(Alpha.class.getName(), Beta.class.getName(), AlphaAgain.class.getName());
    VfsConfigException e =
        assertThrows(VfsConfigException.class, () -> VfsProviders.find("alpha", loader));
    assertEquals("several storage providers serve scheme \"alpha\": " + Alpha.class.getName()
        + ", " + AlphaAgain.class.getName()
        + "; remove all but one from the module path or class path", e.getMessage());
    assertEquals("scheme", e.key().orElseThrow());
    assertEquals("beta", VfsProviders.find("beta", loader).scheme(), "other schemes still work");
  }

  @Test
  void brokenProvidersAreSkippedAndNamedWhenTheSchemeIsMissing() throws IOException {
    String missing = VfsProviders.class.getPackageName() + ".NoSuchProvider";
    ClassLoader loader = plugins(Broken.class.getName(), missing, Beta.class.getName());
    assertEquals("beta", VfsProviders.find("beta", loader).scheme());
    VfsConfigException e =
        assertThrows(VfsConfigException.class, () -> VfsProviders.find("gamma", loader));
    String message = e.getMessage();
    assertTrue(message.startsWith("no storage provider for scheme \"gamma\" (installed: beta); "
        + "2 providers failed to load and were skipped, perhaps the one for this scheme: "),
        message);
    assertTrue(message.contains(Broken.class.getName()) && message.contains(missing), message);
    assertInstanceOf(ServiceConfigurationError.class, e.getCause());
  }

  @Test
  void oneBrokenProviderIsNamedInTheSingular() throws IOException {
    ClassLoader loader = plugins(Broken.class.getName());
    VfsConfigException e =
        assertThrows(VfsConfigException.class, () -> VfsProviders.find("beta", loader));
    assertTrue(e.getMessage().contains("(installed: none); 1 provider failed to load and was "
        + "skipped, perhaps the one for this scheme: "), e.getMessage());
  }

  @Test
  void aProviderWithoutASchemeIsSkipped() throws IOException {
    ClassLoader loader = plugins(Nameless.class.getName(), Beta.class.getName());
    assertEquals("beta", VfsProviders.find("beta", loader).scheme());
    VfsConfigException e =
        assertThrows(VfsConfigException.class, () -> VfsProviders.find("alpha", loader));
    assertInstanceOf(NullPointerException.class, e.getCause());
  }

  /** Returns a loader that offers the named classes as class-path providers. */
  private ClassLoader plugins(String... providers) throws IOException {
    Path services = Files.write(dir.resolve("services"), List.of(providers));
    return new PluginLoader(services.toUri().toURL(), Set.of(providers));
  }

  /** A test provider. */
  public static final class Alpha extends Fake {
    /** Creates it. */
    public Alpha() {
      super("alpha");
    }
  }

  /** A second provider for Alpha's scheme. */
  public static final class AlphaAgain extends Fake {
    /** Creates it. */
    public AlphaAgain() {
      super("alpha");
    }
  }

  /** A test provider. */
  public static final class Beta extends Fake {
    /** Creates it. */
    public Beta() {
      super("beta");
    }
  }

  /** A provider whose constructor fails, as one with a missing dependency would. */
  public static final class Broken extends Fake {
    /** Fails. */
    public Broken() {
      super(fail());
    }

    private static String fail() {
      throw new IllegalStateException("cannot start");
    }
  }

  /** A provider that names no scheme. */
  public static final class Nameless extends Fake {
    /** Creates it. */
    public Nameless() {
      super(null);
    }
  }

  /** A provider of a given scheme that opens nothing. */
  public abstract static class Fake implements VfsProvider {
    private final String scheme;

    /**
     * Creates it; protected, as the subclasses live in another loader's package.
     *
     * @param scheme the scheme
     */
    protected Fake(String scheme) {
      this.scheme = scheme;
    }

    @Override
    public String scheme() {
      return scheme;
    }

    @Override
    public VirtualFileSystem open(VfsConfig config) {
      return new RecordingFileSystem();
    }
  }

  /**
   * Serves one services file, and defines the listed classes itself so they land in its unnamed
   * module, as a plugin jar's would (ServiceLoader ignores class-path entries in named modules).
   */
  private static final class PluginLoader extends ClassLoader {
    private final URL services;
    private final Set<String> own;

    PluginLoader(URL services, Set<String> own) {
      super(VfsProvidersTest.class.getClassLoader());
      this.services = services;
      this.own = own;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!own.contains(name)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded != null) {
          return loaded;
        }
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          if (in == null) {
            throw new ClassNotFoundException(name);
          }
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.equals(SERVICES)
          ? Collections.enumeration(List.of(services)) : super.getResources(name);
    }
  }
}
