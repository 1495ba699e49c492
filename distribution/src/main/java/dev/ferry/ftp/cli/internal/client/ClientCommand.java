package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.FtpClient;
import dev.ferry.ftp.client.FtpClientConfig;
import dev.ferry.ftp.client.FtpSession;
import dev.ferry.ftp.client.FtpSessionPool;
import dev.ferry.ftp.client.TransferOptions;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.tls.TlsConfigurationException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the client commands share: connecting from a URL, the common options, and turning every
 * failure into one line on standard error and an exit code from {@link ExitCodes}.
 */
abstract class ClientCommand implements Callable<Integer> {
  /** The help's last lines: where the password may come from and where the exit codes are. */
  static final String FOOTER =
      "%nThe password comes from the URL, else the FERRY_PASSWORD environment variable, else a"
          + " prompt on the terminal. Exit codes: 0 ok, 2 usage, 3 connection, 4 TLS, 5 login,"
          + " 6 remote not found, 7 permission denied, 8 local file, 9 server refused,"
          + " 10 verification (docs/cli.md).";

  private static final String SESSION_TICKETS = "jdk.tls.client.enableSessionTicketExtension";

  @Spec CommandSpec spec;

  @Mixin ClientOptions options;

  /**
   * Runs the command.
   *
   * @throws Exception classified by {@link Failure#of} when it ends the command
   */
  abstract void run() throws Exception;

  @Override
  public final Integer call() {
    PrintWriter err = err();
    Transcript transcript = options.verbose ? Transcript.start(err) : null;
    try {
      run();
      return ExitCodes.OK;
    } catch (CommandFailure e) {
      return report(e.failure());
    } catch (Exception e) {
      return report(Failure.of(e));
    } finally {
      if (transcript != null) {
        transcript.close();
      }
      out().flush();
      err.flush();
    }
  }

  /**
   * Connects and logs in.
   *
   * @param url the server
   * @return the session
   * @throws CommandFailure classified as a connection, TLS or login failure
   */
  FtpSession connect(FtpUrl url) throws CommandFailure {
    FtpClientConfig config = config(url);
    try {
      return FtpClient.connect(config);
    } catch (Exception e) {
      throw new CommandFailure(Failure.connecting(e), e);
    }
  }

  /**
   * Opens a pool of sessions and checks that one can connect and log in, so that failures to do so
   * are told apart from failures of the work that follows.
   *
   * @param url the server
   * @param sessions the most sessions at once
   * @return the pool
   * @throws CommandFailure classified as a connection, TLS or login failure
   */
  FtpSessionPool pool(FtpUrl url, int sessions) throws CommandFailure {
    FtpSessionPool pool = FtpSessionPool.create(config(url), sessions);
    try {
      pool.acquire().close(); // back to the pool, logged in, for the work that follows
      return pool;
    } catch (Exception e) {
      pool.close();
      throw new CommandFailure(Failure.connecting(e), e);
    }
  }

  /**
   * Returns transfer options for a URL: its {@code ;type=a} asks for ASCII.
   *
   * @param url the remote file
   * @param progress who hears of the transfer's progress
   * @return the options
   */
  static TransferOptions transferOptions(FtpUrl url, ProgressReporter progress) {
    TransferOptions options = TransferOptions.defaults().withListener(progress);
    return url.type().orElse('i') == 'a' ? options.withType(RepresentationType.ASCII) : options;
  }

  /** Returns a reporter in the style the options and the terminal ask for. */
  ProgressReporter progress() {
    return new ProgressReporter(options.progressStyle(), err());
  }

  /** Tells whether informational output (summaries) is wanted. */
  boolean chatty() {
    return !options.quiet;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  private FtpClientConfig config(FtpUrl url) throws CommandFailure {
    if (url.scheme() != FtpUrl.Scheme.FTP) {
      // JSSE reads this once per JVM. Without it an OpenSSL server (vsftpd, ProFTPD) sends TLS 1.2
      // tickets of lifetime 0 and no session id, leaving data connections nothing to resume
      // (docs/client.md, FTPS). Unless the user set it, the ferry process sets it before its first
      // TLS context exists.
      if (System.getProperty(SESSION_TICKETS) == null) {
        System.setProperty(SESSION_TICKETS, "false");
      }
      if (options.insecure) {
        err().println(
            "ferry: warning: --insecure: the server's certificate is not checked; anyone on the"
                + " path can read and change this connection");
      }
    }
    try {
      return options.config(url, PasswordSource.system().credentials(url));
    } catch (IllegalArgumentException | TlsConfigurationException e) {
      throw new CommandFailure(new Failure(ExitCodes.USAGE, e.getMessage()), e);
    }
  }

  private int report(Failure failure) {
    err().println("ferry " + spec.name() + ": " + failure.message());
    return failure.exitCode();
  }
}
