package dev.ferry.ftp.benchmarks.server;

import dev.ferry.ftp.server.FtpServer;
import dev.ferry.ftp.server.Limits;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.PassiveConfig;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.SessionReuse;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server end to end over loopback: STOR and RETR of a big file, connect+login+quit per second
 * with parallel clients, LIST/NLST/MLSD of a 10,000-entry directory, and many concurrent sessions
 * each looping a small RETR. Every loop is bounded by a count or a deadline, and the whole run by
 * {@code --max-minutes}.
 *
 * <p>{@code --serve local} (or {@code memory}, or {@code s3} with {@code --s3 KEY=VALUE,…} for
 * the backend's settings) runs Ferry alone in a JVM; {@code --target
 * HOST:PORT} measures a server there (Ferry so started, or vsftpd) with this client;
 * {@code --target ferry-local} and {@code ferry-memory} run Ferry and the client in one JVM. The tree
 * under {@code --root} is prepared by {@code --prepare} (the big file, {@code dir10k/},
 * {@code small.bin}, a writable {@code up/}). Ferry offers explicit FTPS (self-signed, not
 * required); {@code --tls 1.2} or {@code --tls 1.3} makes the client use it (AES-GCM, {@code PROT
 * P}, data connections without session reuse).
 *
 * <pre>
 * scripts/with-jdk benchmarks/scripts/server-e2e.sh
 * </pre>
 */
public final class ServerEndToEnd {
  private static final int LIST_ENTRIES = 10_000;
  private static final int SMALL_SIZE = 4096;

  private final Map<String, String> options;
  private final Path root;

  private ServerEndToEnd(Map<String, String> options) {
    this.options = options;
    this.root = Path.of(options.getOrDefault("root", "benchmarks/target/e2e-root"))
        .toAbsolutePath();
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
    long minutes = Long.parseLong(options.getOrDefault("max-minutes", "20"));
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(TimeUnit.MINUTES.toMillis(minutes));
        System.err.println("benchmark exceeded --max-minutes " + minutes + ": stopping");
        Runtime.getRuntime().halt(3);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    watchdog.setDaemon(true);
    watchdog.start();
    new ServerEndToEnd(options).run();
  }

  private void run() throws Exception {
    long sizeMib = Long.parseLong(options.getOrDefault("size-mib", "1024"));
    if (options.containsKey("prepare")) {
      prepare(sizeMib);
    }
    if (options.getOrDefault("scenarios", "").equals("none")) {
      return;
    }
    if (options.containsKey("serve")) {
      serve(options.get("serve"));
      return;
    }
    String target = options.getOrDefault("target", "ferry-local");
    List<String> scenarios = Arrays.asList(options.getOrDefault("scenarios",
        "stor,retr,login,list,sessions").split(","));
    FtpServer ferry = null;
    InetSocketAddress address;
    if (target.startsWith("ferry-")) {
      ferry = startFerry(target.substring("ferry-".length()));
      address = new InetSocketAddress(InetAddress.getLoopbackAddress(), ferry.port());
    } else {
      int colon = target.lastIndexOf(':');
      address = new InetSocketAddress(target.substring(0, colon),
          Integer.parseInt(target.substring(colon + 1)));
    }
    String user = options.getOrDefault("user", ferry != null ? "bench" : "anonymous");
    String password = options.getOrDefault("password", ferry != null ? "bench" : "bench@");
    System.out.printf(Locale.ROOT, "# target %s at %s, java %s, %d cpus%n", target, address,
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    try {
      Scenarios run = new Scenarios(address, user, password, options);
      String big = options.getOrDefault("big-path", "up/big.bin");
      if (scenarios.contains("stor")) {
        run.transfer("STOR", big, sizeMib << 20);
      }
      if (scenarios.contains("retr")) {
        run.transfer("RETR", big, sizeMib << 20);
      }
      if (scenarios.contains("login")) {
        for (String pair : options.getOrDefault("login-as", "anonymous:bench@").split(",")) {
          int colon = pair.indexOf(':');
          run.logins(pair.substring(0, colon), pair.substring(colon + 1));
        }
      }
      if (scenarios.contains("list")) {
        run.listings("dir10k");
      }
      if (scenarios.contains("sessions")) {
        for (String count : options.getOrDefault("sessions", "200,1000").split(",")) {
          run.sessions(Integer.parseInt(count), "small.bin");
        }
      }
    } finally {
      if (ferry != null) {
        ferry.close();
      }
    }
  }

  /**
   * Runs Ferry alone in this JVM until the process is stopped (or {@code --max-minutes}), so the
   * client's threads do not share its carrier threads: prints {@code # listening PORT}.
   */
  private void serve(String scheme) throws Exception {
    try (FtpServer server = startFerry(scheme)) {
      System.out.println("# listening " + server.port());
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }

  private FtpServer startFerry(String scheme) throws IOException {
    HomeDirectory home = switch (scheme) {
      case "memory" -> HomeDirectory.of("memory", VfsConfig.empty());
      case "s3" -> HomeDirectory.of("s3", VfsConfig.of(s3Options()));
      default -> HomeDirectory.of("local", VfsConfig.of(Map.of("root", root.toString())));
    };
    int iterations = Integer.parseInt(options.getOrDefault("hash-iterations",
        String.valueOf(FtpServer.Builder.DEFAULT_HASH_ITERATIONS)));
    // FTPS offered, not required: one server serves the clear-text and the TLS runs alike.
    KeyMaterial key = SelfSignedCertificate.forHosts("127.0.0.1").generate();
    ListenerConfig listener = ListenerConfig.of(InetAddress.getLoopbackAddress(), 0)
        .withTls(TlsPolicy.DEFAULT.toBuilder().mode(TlsMode.EXPLICIT).controlRequired(false)
            .dataRequired(false).sessionReuse(SessionReuse.WARN).build(),
            ServerTlsContext.create(() -> key));
    if (options.containsKey("passive-range")) {
      String[] range = options.get("passive-range").split("-");
      listener = listener.withPassive(PassiveConfig.range(Integer.parseInt(range[0]),
          Integer.parseInt(range[1])));
    }
    FtpServer server = FtpServer.builder()
        .listener(listener)
        .limits(Limits.defaults().withMaxSessions(5_000).withMaxSessionsPerAddress(5_000))
        .passwordHashIterations(iterations)
        .user("bench", "bench", home, Permission.all())
        .anonymous(home)
        .build()
        .start();
    if (scheme.equals("memory")) {
      // The memory backend starts empty: what RETR and the session loop read goes up first.
      try (BenchClient client = BenchClient.login(new InetSocketAddress(
          InetAddress.getLoopbackAddress(), server.port()), null, "bench", "bench")) {
        ByteBuffer small = ByteBuffer.allocateDirect(SMALL_SIZE);
        client.upload("STOR small.bin", SMALL_SIZE, small);
      }
    }
    return server;
  }

  /** The {@code s3} backend's settings: {@code --s3 bucket=b,endpoint=http://…,part-size=8MiB}. */
  private Map<String, String> s3Options() {
    Map<String, String> settings = new HashMap<>();
    for (String pair : options.getOrDefault("s3", "").split(",")) {
      int equals = pair.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("--s3 takes KEY=VALUE pairs, not: " + pair);
      }
      settings.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return settings;
  }

  /** Writes the tree every target reads: big file, 10,000-entry directory, small file, up/. */
  private void prepare(long sizeMib) throws IOException {
    Path up = Files.createDirectories(root.resolve("up"));
    Path big = up.resolve("big.bin");
    if (!Files.exists(big) || Files.size(big) != sizeMib << 20) {
      byte[] chunk = new byte[1 << 20];
      new java.util.Random(1).nextBytes(chunk);
      try (var out = Files.newOutputStream(big)) {
        for (long i = 0; i < sizeMib; i++) {
          out.write(chunk);
        }
      }
    }
    Path dir = Files.createDirectories(root.resolve("dir10k"));
    for (int i = 0; i < LIST_ENTRIES; i++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "file-%05d.dat", i));
      if (!Files.exists(file)) {
        Files.write(file, new byte[i % 2048]);
      }
    }
    Files.write(root.resolve("small.bin"), new byte[SMALL_SIZE]);
    List<String> made = new ArrayList<>(List.of(big.toString(), dir.toString()));
    System.out.println("# prepared " + made);
  }
}
