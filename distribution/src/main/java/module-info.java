/**
 * The {@code ferry} command line: serve a folder or run a configured FTP/FTPS server, manage users
 * and certificates, and act as an FTP/FTPS client for scripts.
 *
 * <p>Nothing is exported: this module is an application, started through {@link
 * dev.ferry.ftp.cli.Ferry#main}. Its command classes are opened to picocli, which reads their
 * annotations reflectively.
 */
module dev.ferry.ftp.cli {
  requires dev.ferry.ftp.server;
  requires dev.ferry.ftp.client;
  requires dev.ferry.ftp.tls;
  requires info.picocli;
  requires org.slf4j;
  requires org.snakeyaml.engine;
  // Log4j's API and core: --verbose routes the client's debug log to stderr for one command.
  requires org.apache.logging.log4j;
  requires org.apache.logging.log4j.core;
  // sun.misc.Signal: SIGHUP reloads users and certificates (the JDK has no supported API for it).
  requires jdk.unsupported;

  opens dev.ferry.ftp.cli to info.picocli;
  opens dev.ferry.ftp.cli.internal.server to info.picocli;
  opens dev.ferry.ftp.cli.internal.admin to info.picocli;
  opens dev.ferry.ftp.cli.internal.client to info.picocli;
}
