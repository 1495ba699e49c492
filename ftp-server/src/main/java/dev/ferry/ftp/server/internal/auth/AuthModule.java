package dev.ferry.ftp.server.internal.auth;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.ferry.ftp.server.auth.Authenticator;

/**
 * Binds authentication: anonymous login and the builder's user list as the first two
 * {@link Authenticator}s (an embedder's come after them), and backends found by
 * {@link java.util.ServiceLoader}.
 */
public final class AuthModule extends AbstractModule {
  private final UserList users;
  private final AnonymousLogin anonymous;

  /**
   * Creates the module.
   *
   * @param users the builder's users, hashed
   * @param anonymous the anonymous login settings
   */
  public AuthModule(UserList users, AnonymousLogin anonymous) {
    this.users = users;
    this.anonymous = anonymous;
  }

  @Override
  protected void configure() {
    bind(UserList.class).toInstance(users);
    bind(AnonymousLogin.class).toInstance(anonymous);
    Multibinder<Authenticator> authenticators =
        Multibinder.newSetBinder(binder(), Authenticator.class);
    // Anonymous first: its names skip the password hashes that the user stores spend on unknown
    // names to hide which users exist; nothing is hidden by making "anonymous" slow.
    authenticators.addBinding().to(AnonymousAuthenticator.class);
    authenticators.addBinding().to(InMemoryAuthenticator.class);
    OptionalBinder.newOptionalBinder(binder(), BackendOpener.class)
        .setDefault().to(ServiceLoaderBackends.class);
  }
}
