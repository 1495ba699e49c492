package dev.ferry.ftp.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The built archive unpacked into a temporary folder, and {@code bin/ferry} run from it as a user
 * would: each command a separate process, with its output in files and a hard time limit.
 */
final class UnpackedFerry {
  /** Generous: the build machine may be heavily loaded. */
  static final Duration START = Duration.ofSeconds(120);

  private final Path home;

  private UnpackedFerry(Path home) {
    this.home = home;
  }

  /** Unpacks the archive the build made ({@code ferry.archive}) with the system's tar. */
  static UnpackedFerry unpack(Path into) throws IOException, InterruptedException {
    Path archive = Path.of(System.getProperty("ferry.archive",
        "target/ferry-0.1.0-SNAPSHOT.tar.gz"));
    assertTrue(Files.isRegularFile(archive), "no archive at " + archive + "; run mvn verify");
    Process tar = new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString(),
        "-C", into.toString()).inheritIO().start();
    assertTrue(tar.waitFor(60, TimeUnit.SECONDS), "tar did not finish");
    assertEquals(0, tar.exitValue(), "tar failed");
    Path home = into.resolve("ferry");
    assertTrue(Files.isExecutable(home.resolve("bin/ferry")), "bin/ferry is not executable");
    return new UnpackedFerry(home);
  }

  Path home() {
    return home;
  }

  Path conf(String name) {
    return home.resolve("conf").resolve(name);
  }

  /** Starts {@code bin/ferry args…}; stdout and stderr go to files in {@code logs}. */
  Running start(Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/ferry").toString());
    command.addAll(List.of(args));
    Path logs = Files.createDirectories(home.resolve("test-output"));
    String name = args[0] + "-" + System.nanoTime();
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .directory(home.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("FERRY_"));
    builder.environment().putAll(environment);
    return new Running(builder.start(), out, err);
  }

  /** Runs {@code bin/ferry args…} to its end with {@code input} on standard input. */
  Result run(String input, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    Running running = start(environment, args);
    try (var stdin = running.process().getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    return running.awaitExit(START);
  }

  Result run(String... args) throws IOException, InterruptedException {
    return run("", Map.of(), args);
  }

  /** Returns a port that was free a moment ago. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Waits until something accepts connections on the loopback port. */
  static void awaitPort(int port, Running running) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(START);
    while (Instant.now().isBefore(deadline)) {
      if (!running.process().isAlive()) {
        fail("ferry exited early (" + running.process().exitValue() + "):\n" + running.output());
      }
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    fail("nothing listens on port " + port + " after " + START + ":\n" + running.output());
  }

  /** A finished command. */
  record Result(int exitCode, String out, String err) {}

  /** A running command. */
  record Running(Process process, Path out, Path err) implements AutoCloseable {
    String output() throws IOException {
      return Files.readString(out) + Files.readString(err);
    }

    /** Waits until the standard output has a line that passes the test. */
    String awaitOutput(Predicate<String> line) throws IOException, InterruptedException {
      Instant deadline = Instant.now().plus(START);
      while (Instant.now().isBefore(deadline)) {
        for (String candidate : Files.readAllLines(out)) {
          if (line.test(candidate)) {
            return candidate;
          }
        }
        if (!process.isAlive()) {
          fail("ferry exited (" + process.exitValue() + ") before the line:\n" + output());
        }
        Thread.sleep(200);
      }
      fail("no such line after " + START + ":\n" + output());
      return null;
    }

    /** Sends a signal by the process id, as an administrator's {@code kill} would. */
    void signal(String name) throws IOException, InterruptedException {
      Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
          .inheritIO().start();
      assertTrue(kill.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, kill.exitValue(), "kill -" + name + " failed");
    }

    Result awaitExit(Duration limit) throws IOException, InterruptedException {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        fail("ferry did not exit within " + limit + ":\n" + output());
      }
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Kills what is still running: a failed test must not leave a server behind. */
    @Override
    public void close() {
      if (process.isAlive()) {
        try {
          process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
