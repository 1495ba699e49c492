package dev.ferry.ftp.server.internal.data;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;

/**
 * Binds the data channel's defaults: clear-text data sockets, or TLS ones after {@code PROT P}. An
 * embedder replaces the {@link DataSocketWrapper} with {@code OptionalBinder.newOptionalBinder(
 * binder(), DataSocketWrapper.class).setBinding().to(...)}.
 */
public final class DataModule extends AbstractModule {
  /** Creates the module. */
  public DataModule() {}

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), DataSocketWrapper.class)
        .setDefault().to(TlsDataSockets.class);
  }
}
