package dev.ferry.ftp.server.internal.auth;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.ferry.ftp.server.auth.Authenticator;

/**
 * Binds authentication: the builder's user list and anonymous login as the first two
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
    authenticators.addBinding().to(InMemoryAuthenticator.class);
    authenticators.addBinding().to(AnonymousAuthenticator.class);
    OptionalBinder.newOptionalBinder(binder(), BackendOpener.class)
        .setDefault().to(ServiceLoaderBackends.class);
  }
}
