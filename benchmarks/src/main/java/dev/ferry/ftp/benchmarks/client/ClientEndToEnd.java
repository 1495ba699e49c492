package dev.ferry.ftp.benchmarks.client;

import dev.ferry.ftp.benchmarks.client.Contender.Pair;
import dev.ferry.ftp.benchmarks.client.Contender.Sample;
import dev.ferry.ftp.benchmarks.client.Contender.Server;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Client throughput end to end over loopback: several clients download and upload the same files
 * from the same server in one run, the clients taking turns in every repetition (their order
 * rotates, so none always goes first after the page cache settles).
 *
 * <p>Cases: {@code download} and {@code upload} of one big file ({@code --size-mib}, 1 GiB by
 * default) and {@code small-download} and {@code small-upload} of many small files
 * ({@code --small-count} files of {@code --small-kib}) over one session, which shows what each
 * transfer costs besides its bytes. Each client connects and logs in before its clock starts.
 *
 * <p>The server serves the tree under {@code --root} (prepared by {@code --prepare}:
 * {@code big.bin}, {@code small/}, a writable {@code up/}); the clients' files live under
 * {@code --work}. Uploads and downloads are checked by size and removed after every repetition.
 *
 * <pre>
 * scripts/with-jdk benchmarks/scripts/client-e2e.sh
 * </pre>
 */
public final class ClientEndToEnd {
  private static final List<String> CASES =
      List.of("upload", "download", "small-upload", "small-download");

  private final Map<String, String> options;
  private final Path root;
  private final Path work;
  private final long bigSize;
  private final int smallCount;
  private final int smallSize;

  private ClientEndToEnd(Map<String, String> options) {
    this.options = options;
    this.root = Path.of(options.getOrDefault("root", "benchmarks/target/client-e2e/server"))
        .toAbsolutePath();
    this.work = Path.of(options.getOrDefault("work", "benchmarks/target/client-e2e/client"))
        .toAbsolutePath();
    this.bigSize = Long.parseLong(options.getOrDefault("size-mib", "1024")) << 20;
    this.smallCount = Integer.parseInt(options.getOrDefault("small-count", "1000"));
    this.smallSize = Integer.parseInt(options.getOrDefault("small-kib", "64")) << 10;
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --name value} pairs and {@code --prepare}
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("not an option: " + args[i]);
      }
      boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
      options.put(args[i].substring(2), flag ? "true" : args[++i]);
    }
    long minutes = Long.parseLong(options.getOrDefault("max-minutes", "30"));
    Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
      try {
        Thread.sleep(TimeUnit.MINUTES.toMillis(minutes));
        System.err.println("benchmark exceeded --max-minutes " + minutes + ": stopping");
        Runtime.getRuntime().halt(3);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    new ClientEndToEnd(options).run();
    watchdog.interrupt();
  }

  private void run() throws Exception {
    if (options.containsKey("prepare")) {
      prepare();
    }
    if (!options.containsKey("target")) {
      return;
    }
    String target = options.get("target");
    int colon = target.lastIndexOf(':');
    Server server = new Server(target.substring(0, colon),
        Integer.parseInt(target.substring(colon + 1)),
        options.getOrDefault("user", "anonymous"), options.getOrDefault("password", "bench@"));
    String label = options.getOrDefault("label", target);
    List<String> clients = Arrays.asList(options.getOrDefault("clients",
        "ferry-path,ferry-stream,commons-net,curl").split(","));
    List<String> cases = Arrays.asList(options.getOrDefault("cases", String.join(",", CASES))
        .split(","));
    int reps = Integer.parseInt(options.getOrDefault("reps", "5"));
    int warmups = Integer.parseInt(options.getOrDefault("warmups", "1"));
    int buffer = Integer.parseInt(options.getOrDefault("commons-net-buffer", "1048576"));
    System.out.printf(Locale.ROOT, "# server %s at %s, java %s, %d cpus, %d + %d repetitions%n",
        label, target, Runtime.version(), Runtime.getRuntime().availableProcessors(), warmups,
        reps);
    System.out.println("| server | case | client | median | min – max | unit | client CPU"
        + " | load before → after |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (String name : cases) {
      if (!CASES.contains(name)) {
        throw new IllegalArgumentException("unknown case: " + name);
      }
      String load = loadAverage();
      Map<String, List<Sample>> samples = new LinkedHashMap<>();
      List<String> order = new ArrayList<>(clients);
      for (int rep = -warmups; rep < reps; rep++) {
        for (String client : order) {
          Sample sample = measure(name, client, server, buffer);
          if (rep >= 0) {
            samples.computeIfAbsent(client, c -> new ArrayList<>()).add(sample);
          }
        }
        Collections.rotate(order, 1);
      }
      load = load + " → " + loadAverage();
      for (String client : clients) {
        report(label, name, client, samples.get(client), load);
      }
    }
  }

  /** One client, one case, one repetition. */
  private Sample measure(String name, String client, Server server, int buffer) throws Exception {
    boolean upload = name.endsWith("upload");
    List<Pair> batch = batch(name, client);
    Sample sample;
    try (Contender contender = Contender.connect(client, server, buffer)) {
      sample = upload ? contender.upload(batch) : contender.download(batch);
    }
    long expected = name.startsWith("small") ? smallSize : bigSize;
    for (Pair pair : batch) {
      Path copy = upload ? root.resolve(pair.remote()) : pair.local();
      long size = Files.size(copy);
      if (size != expected) {
        throw new IOException(client + " " + name + ": " + copy + " has " + size + " bytes, not "
            + expected);
      }
      Files.delete(copy);
    }
    return sample;
  }

  private List<Pair> batch(String name, String client) throws IOException {
    return switch (name) {
      case "upload" -> List.of(new Pair("up/" + client + ".bin", work.resolve("big.bin")));
      case "download" -> List.of(new Pair("big.bin", work.resolve("dl-" + client + ".bin")));
      case "small-upload" -> numbered(i -> new Pair(
          String.format(Locale.ROOT, "up/%s-%04d.bin", client, i), work.resolve(small(i))));
      case "small-download" -> {
        Path dir = Files.createDirectories(work.resolve("dl-" + client));
        yield numbered(i -> new Pair(small(i), dir.resolve(small(i).substring(6))));
      }
      default -> throw new IllegalArgumentException(name);
    };
  }

  private List<Pair> numbered(java.util.function.IntFunction<Pair> pair) {
    List<Pair> batch = new ArrayList<>(smallCount);
    for (int i = 0; i < smallCount; i++) {
      batch.add(pair.apply(i));
    }
    return batch;
  }

  private static String small(int i) {
    return String.format(Locale.ROOT, "small/f-%04d.bin", i);
  }

  /**
   * One table row: the median rate with the slowest and fastest repetition, and the median CPU
   * time per GiB (big file) or per file (small files).
   */
  private void report(String label, String name, String client, List<Sample> samples,
      String load) {
    boolean small = name.startsWith("small");
    double amount = small ? smallCount : bigSize / (double) (1 << 20);
    double[] rates = samples.stream().mapToDouble(s -> amount / (s.nanos() / 1e9)).toArray();
    double perUnit = small ? smallCount / 1e3 : bigSize / (double) (1 << 30);
    double[] cpu = samples.stream().mapToDouble(s -> s.cpuNanos() / 1e9 / perUnit).toArray();
    Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "| %s | %s | %s | %.0f | %.0f – %.0f | %s | %.2f %s | %s |%n",
        label, name, client, median(rates), rates[0], rates[rates.length - 1],
        small ? "files/s" : "MiB/s", median(cpu), small ? "ms/file" : "s/GiB", load);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /** Writes the server's tree and the clients' upload sources, unless they are there already. */
  private void prepare() throws IOException {
    Files.createDirectories(root.resolve("up"));
    Files.createDirectories(root.resolve("small"));
    Files.createDirectories(work.resolve("small"));
    Random random = new Random(1);
    byte[] chunk = new byte[1 << 20];
    random.nextBytes(chunk);
    for (Path big : List.of(root.resolve("big.bin"), work.resolve("big.bin"))) {
      if (!Files.exists(big) || Files.size(big) != bigSize) {
        try (OutputStream out = Files.newOutputStream(big)) {
          for (long left = bigSize; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
          }
        }
      }
    }
    byte[] small = Arrays.copyOf(chunk, smallSize);
    for (int i = 0; i < smallCount; i++) {
      for (Path dir : List.of(root, work)) {
        Path file = dir.resolve(small(i));
        if (!Files.exists(file) || Files.size(file) != smallSize) {
          Files.write(file, small);
        }
      }
    }
    try (Stream<Path> left = Files.list(root.resolve("up"))) {
      for (Path file : left.toList()) {
        Files.delete(file);
      }
    }
    System.out.println("# prepared " + root + " and " + work);
  }
}
