package dev.ferry.ftp.server;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A client program nobody here wrote (curl, lftp, python3), run as a child process with a hard
 * time limit, so a client that hangs on a server bug fails the test instead of stalling the build.
 */
final class ExternalTool {
  private static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

  private static Path home;

  private final Path executable;

  private ExternalTool(Path executable) {
    this.executable = executable;
  }

  /**
   * Finds a program on the {@code PATH}, or aborts the calling test (a skip, not a failure) with
   * a message that names the missing program.
   */
  static ExternalTool require(String name) {
    Optional<Path> found = find(name);
    Assumptions.assumeTrue(found.isPresent(),
        name + " is not installed (not on PATH): skipping its end-to-end tests");
    return new ExternalTool(found.orElseThrow());
  }

  static Optional<Path> find(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static synchronized Path home() throws IOException {
    if (home == null) {
      home = Files.createTempDirectory("ferry-tool-home-");
    }
    return home;
  }

  Result run(String... arguments) throws IOException, InterruptedException {
    return run(DEFAULT_LIMIT, List.of(arguments));
  }

  Result run(Duration limit, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(arguments);
    Path out = Files.createTempFile("ferry-tool-", ".out");
    Path err = Files.createTempFile("ferry-tool-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      // lftp reads ~/.lftprc and curl ~/.curlrc: keep a developer's settings out of the test.
      builder.environment().put("HOME", home().toString());
      builder.environment().put("LC_ALL", "C");
      Process process = builder.start();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new AssertionError(executable.getFileName() + " did not finish within " + limit
            + ": " + command + "\nstdout: " + Files.readString(out, StandardCharsets.UTF_8)
            + "\nstderr: " + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new Result(command, process.exitValue(),
          new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
          new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** What a finished run left: its exit code and its output. */
  record Result(List<String> command, int exitCode, String stdout, String stderr) {
    /** Fails with the whole run in the message unless the program exited with 0. */
    Result assertSuccess() {
      if (exitCode != 0) {
        throw new AssertionError(describe());
      }
      return this;
    }

    String describe() {
      return command + " exited with " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n"
          + stderr;
    }
  }
}
