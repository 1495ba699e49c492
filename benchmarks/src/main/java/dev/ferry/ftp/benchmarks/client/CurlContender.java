package dev.ferry.ftp.benchmarks.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * curl, one process per batch: every file of the batch is one URL of the same command, so curl
 * logs in once and reuses the control connection, as {@code curl -o a URL1 -o b URL2} does.
 * {@code --ftp-method nocwd} gives it its fewest commands per file (the path goes with RETR and
 * STOR; its default walks the directories with CWD).
 *
 * <p>A single file is timed by curl itself, from the moment the transfer starts to its end
 * ({@code time_total - time_pretransfer}), so process start and login do not count against it; a
 * batch is timed from outside, the process start and one login spread over the whole batch. CPU
 * time is the process's, as {@code /usr/bin/time} reports it.
 */
final class CurlContender implements Contender {
  private final Server server;

  CurlContender(Server server) {
    this.server = server;
  }

  @Override
  public Sample download(List<Pair> batch) throws IOException, InterruptedException {
    List<String> config = new ArrayList<>();
    for (Pair pair : batch) {
      config.add("url = " + quote(url(pair.remote())));
      config.add("output = " + quote(pair.local().toString()));
    }
    return run(config, batch.size());
  }

  @Override
  public Sample upload(List<Pair> batch) throws IOException, InterruptedException {
    List<String> config = new ArrayList<>();
    for (Pair pair : batch) {
      config.add("upload-file = " + quote(pair.local().toString()));
      config.add("url = " + quote(url(pair.remote())));
    }
    return run(config, batch.size());
  }

  @Override
  public void close() {}

  private Sample run(List<String> transfers, int count) throws IOException, InterruptedException {
    List<String> config = new ArrayList<>();
    config.add("silent");
    config.add("show-error");
    config.add("ftp-method = nocwd");
    config.add("user = " + quote(server.user() + ":" + server.password()));
    config.add("write-out = \"%{time_pretransfer} %{time_total}\\n\"");
    config.addAll(transfers);
    Path file = Files.createTempFile("curl-", ".conf");
    Path times = Files.createTempFile("curl-", ".time");
    try {
      Files.write(file, config, StandardCharsets.UTF_8);
      long start = System.nanoTime();
      Process curl = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", times.toString(),
          "curl", "--config", file.toString())
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      byte[] out = curl.getInputStream().readAllBytes();
      if (!curl.waitFor(1, TimeUnit.HOURS)) {
        curl.destroyForcibly();
        throw new IOException("curl did not finish");
      }
      long wall = System.nanoTime() - start;
      if (curl.exitValue() != 0) {
        throw new IOException("curl exited with " + curl.exitValue());
      }
      String[] cpu = Files.readString(times).trim().split(" ");
      long cpuNanos = seconds(cpu[0]) + seconds(cpu[1]);
      if (count > 1) {
        return new Sample(wall, cpuNanos);
      }
      String[] phases = new String(out, StandardCharsets.US_ASCII).trim().split(" ");
      return new Sample(seconds(phases[1]) - seconds(phases[0]), cpuNanos);
    } finally {
      Files.delete(file);
      Files.delete(times);
    }
  }

  private static long seconds(String seconds) {
    return (long) (Double.parseDouble(seconds) * 1e9);
  }

  private String url(String remote) {
    return "ftp://" + server.host() + ":" + server.port() + "/" + remote;
  }

  private static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
