package dev.ferry.ftp.cli;

import dev.ferry.ftp.cli.internal.admin.CertCommand;
import dev.ferry.ftp.cli.internal.admin.UserCommand;
import dev.ferry.ftp.cli.internal.client.GetCommand;
import dev.ferry.ftp.cli.internal.client.LsCommand;
import dev.ferry.ftp.cli.internal.client.MirrorCommand;
import dev.ferry.ftp.cli.internal.client.MkdirCommand;
import dev.ferry.ftp.cli.internal.client.MvCommand;
import dev.ferry.ftp.cli.internal.client.PutCommand;
import dev.ferry.ftp.cli.internal.client.RmCommand;
import dev.ferry.ftp.cli.internal.server.CheckConfigCommand;
import dev.ferry.ftp.cli.internal.server.ServeCommand;
import dev.ferry.ftp.cli.internal.server.ServerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ferry} command: the entry point of the packaged distribution. Each task is a
 * subcommand ({@code ferry serve}, {@code ferry server}, {@code ferry get}, …); {@code ferry
 * --help} lists them.
 */
@Command(
    name = "ferry",
    mixinStandardHelpOptions = true,
    versionProvider = FerryVersion.class,
    description = "Ferry: an FTP/FTPS server and client.",
    subcommands = {
        CommandLine.HelpCommand.class,
        ServeCommand.class,
        ServerCommand.class,
        CheckConfigCommand.class,
        UserCommand.class,
        CertCommand.class,
        LsCommand.class,
        GetCommand.class,
        PutCommand.class,
        RmCommand.class,
        MkdirCommand.class,
        MvCommand.class,
        MirrorCommand.class,
    })
public final class Ferry {

  private Ferry() {}

  /**
   * Runs the command line and exits the JVM with the command's exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * Returns the configured command line, for running it without exiting the JVM (tests, wrappers).
   *
   * @return a new command line for {@code ferry}
   */
  public static CommandLine commandLine() {
    return new CommandLine(new Ferry()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
