package dev.ferry.ftp.server.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import dev.ferry.ftp.server.auth.Authenticator;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The order of the built-in authenticators: anonymous names are answered before any user store
 * spends a password hash on them, while every other name goes through all of them.
 */
class AuthModuleTest {
  private static final HomeDirectory HOME = HomeDirectory.of("memory", VfsConfig.empty());
  private static final InetAddress CLIENT = InetAddress.getLoopbackAddress();

  @Test
  void anonymousNamesNeverReachTheUserStores() throws IOException {
    List<String> asked = new ArrayList<>();
    List<Authenticator> chain = chain(Optional.of(HOME), asked);
    for (String name : List.of("anonymous", "ftp", "FTP")) {
      // The first authenticator asked answers, so no user store before it hashed anything.
      Optional<UserAccount> account = chain.get(0).authenticate(name, "guest@", CLIENT);
      assertTrue(account.isPresent(), name);
      assertEquals(Permission.readOnly(), account.get().permissions());
      assertEquals(account, firstAnswer(chain, name));
    }
    assertEquals(List.of(), asked);
  }

  @Test
  void otherNamesAskEveryAuthenticator() throws IOException {
    List<String> asked = new ArrayList<>();
    List<Authenticator> chain = chain(Optional.of(HOME), asked);
    // A known user with a wrong password and an unknown user take the same path to the end.
    assertEquals(Optional.empty(), firstAnswer(chain, "alice"));
    assertEquals(Optional.empty(), firstAnswer(chain, "mallory"));
    assertEquals(List.of("alice", "mallory"), asked);
  }

  @Test
  void withoutAnonymousLoginTheNamesAreOrdinary() throws IOException {
    List<String> asked = new ArrayList<>();
    assertEquals(Optional.empty(), firstAnswer(chain(Optional.empty(), asked), "ftp"));
    assertEquals(List.of("ftp"), asked);
  }

  /** The authenticators in the order {@link LoginService} asks them, the embedder's last. */
  private static List<Authenticator> chain(Optional<HomeDirectory> anonymous, List<String> asked) {
    UserList users = UserList.hash(List.of(new UserList.Definition(
        new UserAccount("alice", HOME, Permission.all()), "secret")), 1_000);
    Authenticator recording = (name, password, client) -> {
      asked.add(name);
      return Optional.empty();
    };
    Set<Authenticator> set = Guice.createInjector(
        new AuthModule(users, new AnonymousLogin(anonymous)),
        binder -> Multibinder.newSetBinder(binder, Authenticator.class).addBinding().toInstance(recording))
        .getInstance(Key.get(new TypeLiteral<Set<Authenticator>>() {}));
    return List.copyOf(set);
  }

  private static Optional<UserAccount> firstAnswer(List<Authenticator> chain, String name)
      throws IOException {
    for (Authenticator authenticator : chain) {
      Optional<UserAccount> account = authenticator.authenticate(name, "wrong", CLIENT);
      if (account.isPresent()) {
        return account;
      }
    }
    return Optional.empty();
  }
}
