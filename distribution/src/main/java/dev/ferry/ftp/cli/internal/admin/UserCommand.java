package dev.ferry.ftp.cli.internal.admin;

import dev.ferry.ftp.cli.internal.config.Installation;
import dev.ferry.ftp.server.auth.PasswordHash;
import dev.ferry.ftp.server.auth.UsersFile;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferry user add|passwd|remove|list}: manages the users file with argon2id hashes. Edits
 * keep the file's comments and layout and are checked as the server reads the file before they
 * replace it. A running server picks the change up on SIGHUP.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
    description = "Manages the users file (argon2id password hashes).",
    subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Remove.class,
        UserCommand.ListUsers.class},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "1:the users file cannot be read or the change would break it",
        "2:bad command-line arguments"})
public final class UserCommand {
  static final int FAILED = 1;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "The users file (default: conf/users.yaml of the installation).")
  Path file;

  @Spec CommandSpec spec;

  Path file() {
    return file != null ? file : Installation.conf("users.yaml");
  }

  /** Reads a new password: one line of standard input, or twice from the terminal. */
  static String readPassword(CommandSpec spec, boolean fromStdin) throws IOException {
    if (fromStdin) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
          StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no password on standard input");
      }
      return line;
    }
    Console console = System.console();
    if (console == null) {
      throw new ParameterException(spec.commandLine(),
          "no terminal to ask for the password: use --password-stdin");
    }
    char[] first = console.readPassword("New password: ");
    char[] second = console.readPassword("Again: ");
    try {
      if (first == null || first.length == 0 || !Arrays.equals(first, second)) {
        throw new ParameterException(spec.commandLine(), "the passwords differ or are empty");
      }
      return new String(first);
    } finally {
      Arrays.fill(first == null ? new char[0] : first, '\0');
      Arrays.fill(second == null ? new char[0] : second, '\0');
    }
  }

  static int fail(CommandSpec spec, IOException e) {
    spec.commandLine().getErr().println("ferry: " + e.getMessage());
    return FAILED;
  }

  /** One change to the users file; returns the line that reports it. */
  @FunctionalInterface
  interface Edit {
    String apply(UsersFileEditor editor) throws IOException;
  }

  /** Opens the users file, applies the change, saves it (checked, atomic) and reports it. */
  int edit(CommandSpec spec, Edit change) {
    try {
      UsersFileEditor editor = UsersFileEditor.open(file());
      String done = change.apply(editor);
      editor.save();
      spec.commandLine().getOut().println(done);
      return 0;
    } catch (IOException e) {
      return fail(spec, e);
    }
  }

  /** {@code ferry user add NAME}. */
  @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Adds a user; the password is read from the terminal or --password-stdin.")
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The login name.")
    String name;

    @Option(names = "--password-stdin", description = "Reads the password from standard input.")
    boolean passwordStdin;

    @Option(names = "--permissions", paramLabel = "P",
        description = "all, read-only, or a comma-separated list (list,read,write,…); default:"
            + " the file's defaults.")
    String permissions;

    @Option(names = "--home", paramLabel = "DIR",
        description = "A local folder as the user's home (default: the file's defaults).")
    Path home;

    @Option(names = "--backend", paramLabel = "SCHEME",
        description = "The user's storage backend (local, memory, s3, …) instead of --home.")
    String backend;

    @Option(names = "--backend-option", paramLabel = "KEY=VALUE",
        description = "A setting of --backend; repeatable.")
    Map<String, String> backendOptions = new LinkedHashMap<>();

    @Override
    public Integer call() {
      if (home != null && backend != null) {
        throw new ParameterException(spec.commandLine(), "--home and --backend exclude each other");
      }
      if (name.isBlank() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new ParameterException(spec.commandLine(), "a user name must be printable");
      }
      return parent.edit(spec, editor -> {
        if (editor.contains(name)) {
          throw new IOException(parent.file() + ": user " + name + " exists; use ferry user"
              + " passwd to change the password");
        }
        String password = readPassword(spec, passwordStdin);
        editor.add(name, PasswordHash.argon2id(password), extraLines());
        return "Added " + name + " to " + parent.file();
      });
    }

    private List<String> extraLines() {
      List<String> lines = new ArrayList<>();
      if (permissions != null) {
        String value = permissions.strip();
        lines.add("permissions: " + (value.equals("all") || value.equals("read-only") ? value
            : "[" + String.join(", ", value.split("\\s*,\\s*")) + "]"));
      }
      if (home != null) {
        lines.add("home: {scheme: local, options: {root: "
            + UsersFileEditor.quote(home.toAbsolutePath().normalize().toString()) + "}}");
      } else if (backend != null) {
        List<String> options = new ArrayList<>();
        backendOptions.forEach((k, v) -> options.add(k + ": " + UsersFileEditor.quote(v)));
        lines.add("home: {scheme: " + backend + ", options: {" + String.join(", ", options)
            + "}}");
      }
      return lines;
    }
  }

  /** {@code ferry user passwd NAME}. */
  @Command(name = "passwd", mixinStandardHelpOptions = true,
      description = "Sets a user's password.")
  static final class Passwd implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The login name.")
    String name;

    @Option(names = "--password-stdin", description = "Reads the password from standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
      return parent.edit(spec, editor -> {
        if (!Files.exists(parent.file()) || !editor.contains(name)) {
          throw new IOException(parent.file() + ": no user " + name);
        }
        editor.setPassword(name, PasswordHash.argon2id(readPassword(spec, passwordStdin)));
        return "Changed the password of " + name;
      });
    }
  }

  /** {@code ferry user remove NAME}. */
  @Command(name = "remove", aliases = "rm", mixinStandardHelpOptions = true,
      description = "Removes a user.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The login name.")
    String name;

    @Override
    public Integer call() {
      return parent.edit(spec, editor -> {
        editor.remove(name);
        return "Removed " + name + " from " + parent.file();
      });
    }
  }

  /** {@code ferry user list}. */
  @Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true,
      description = "Lists the user names, one a line.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try {
        PrintWriter out = spec.commandLine().getOut();
        UsersFile.load(parent.file()).userNames().forEach(out::println);
        out.flush();
        return 0;
      } catch (IOException e) {
        return fail(spec, e);
      }
    }
  }
}
