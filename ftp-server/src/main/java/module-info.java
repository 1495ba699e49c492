/**
 * Ferry's FTP server engine: sessions on virtual threads, a command registry with declared
 * preconditions, data channels with bounce and port-stealing protection, users and permissions,
 * and the embedding API {@link dev.ferry.ftp.server.FtpServer}.
 *
 * <p>Exported: the embedding API ({@link dev.ferry.ftp.server}) and three SPIs an embedder adds to
 * through Guice multibindings ({@link dev.ferry.ftp.server.auth},
 * {@link dev.ferry.ftp.server.command}, {@link dev.ferry.ftp.server.event}). Everything else is
 * internal. Storage backends are found with {@link java.util.ServiceLoader}; the server names
 * none.
 */
// Guice is an automatic module, and the builder takes its Module: embedders need it readable.
@SuppressWarnings("requires-transitive-automatic")
module dev.ferry.ftp.server {
  requires transitive dev.ferry.ftp.protocol;
  requires transitive dev.ferry.ftp.vfs;
  requires transitive dev.ferry.ftp.tls;
  requires transitive com.google.guice;
  requires jakarta.inject;
  requires org.slf4j;
  requires org.bouncycastle.provider;
  requires org.snakeyaml.engine;

  exports dev.ferry.ftp.server;
  exports dev.ferry.ftp.server.auth;
  exports dev.ferry.ftp.server.command;
  exports dev.ferry.ftp.server.event;

  uses dev.ferry.ftp.vfs.VfsProvider;

  // Guice builds the internal classes reflectively through their @Inject constructors.
  opens dev.ferry.ftp.server.internal to com.google.guice;
  opens dev.ferry.ftp.server.internal.auth to com.google.guice;
  opens dev.ferry.ftp.server.internal.command to com.google.guice;
  opens dev.ferry.ftp.server.internal.control to com.google.guice;
  opens dev.ferry.ftp.server.internal.data to com.google.guice;
  opens dev.ferry.ftp.server.internal.diag to com.google.guice;
  opens dev.ferry.ftp.server.internal.dispatch to com.google.guice;
  opens dev.ferry.ftp.server.internal.event to com.google.guice;
  opens dev.ferry.ftp.server.internal.net to com.google.guice;
  opens dev.ferry.ftp.server.internal.transfer to com.google.guice;
}
