package dev.ferry.ftp.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class Guice builds in a non-exported package has a non-public constructor. On the module
 * path Guice defines the accessor for a public constructor in an unnamed module of its own, which
 * cannot see the server's internal packages ({@code IllegalAccessError} at {@code build()}); for a
 * package-private constructor it defines the accessor inside the package, which the module opens
 * to Guice. The tests themselves run with those packages opened wider, so only this check sees it.
 */
class GuiceConstructorsTest {

  @Test
  void guiceBuiltInternalClassesHaveNoPublicConstructor() throws Exception {
    Module server = ServerModule.class.getModule();
    List<String> offenders = new ArrayList<>();
    for (String name : internalClassNames(server)) {
      Class<?> type = Class.forName(name, false, ServerModule.class.getClassLoader());
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        boolean guiceBuilt = constructor.isAnnotationPresent(Inject.class)
            || (constructor.getParameterCount() == 0
                && (type.isAnnotationPresent(Singleton.class) || isExtension(type)));
        if (guiceBuilt && Modifier.isPublic(constructor.getModifiers())) {
          offenders.add(constructor.toString());
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  /** A built-in command handler, interceptor, listener or authenticator: bound to a multibinder. */
  private static boolean isExtension(Class<?> type) {
    return Stream.of(type.getInterfaces())
        .map(Class::getPackageName)
        .anyMatch(name -> name.startsWith("dev.ferry.ftp.server.")
            && !name.startsWith("dev.ferry.ftp.server.internal"));
  }

  private static List<String> internalClassNames(Module module) throws IOException {
    ResolvedModule resolved = module.getLayer().configuration()
        .findModule(module.getName()).orElseThrow();
    try (ModuleReader reader = resolved.reference().open();
        Stream<String> resources = reader.list()) {
      return resources
          .filter(path -> path.startsWith("dev/ferry/ftp/server/internal/"))
          .filter(path -> path.endsWith(".class") && !path.endsWith("module-info.class"))
          .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
  }
}
