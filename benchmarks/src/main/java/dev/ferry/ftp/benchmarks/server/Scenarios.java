package dev.ferry.ftp.benchmarks.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/** The measured steps; each prints one result line and is bounded by a count or a deadline. */
final class Scenarios {
  private static final double MIB = 1 << 20;

  private final InetSocketAddress server;
  private final String user;
  private final String password;
  private final int repeats;
  private final long loginSeconds;
  private final int loginClients;
  private final long sessionSeconds;
  private final BenchTls tls;

  Scenarios(InetSocketAddress server, String user, String password, Map<String, String> options) {
    this.server = server;
    this.tls = options.containsKey("tls") ? BenchTls.of(options.get("tls")) : null;
    this.user = user;
    this.password = password;
    this.repeats = Integer.parseInt(options.getOrDefault("repeats", "3"));
    this.loginSeconds = Long.parseLong(options.getOrDefault("login-seconds", "10"));
    this.loginClients = Integer.parseInt(options.getOrDefault("login-clients", "16"));
    this.sessionSeconds = Long.parseLong(options.getOrDefault("session-seconds", "15"));
  }

  /** One stream, {@code repeats} times: STOR or RETR of {@code size} bytes. */
  void transfer(String verb, String path, long size) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    new java.util.Random(2).ints(buffer.capacity() / 4).forEach(buffer::putInt);
    double[] rates = new double[repeats];
    try (BenchClient client = BenchClient.login(server, tls, user, password)) {
      for (int i = 0; i < repeats; i++) {
        long start = System.nanoTime();
        long moved = verb.equals("STOR") ? client.upload("STOR " + path, size, buffer)
            : client.download("RETR " + path, buffer);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (moved != size) {
          throw new IOException(verb + " moved " + moved + " bytes, not " + size);
        }
        rates[i] = size / MIB / seconds;
      }
      client.quit();
    }
    Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "%s %d MiB: median %.0f MiB/s, best %.0f MiB/s (%d runs)%n",
        verb, size >> 20, rates[repeats / 2], rates[repeats - 1], repeats);
  }

  /** Parallel clients, each looping connect, USER, PASS, QUIT until the deadline. */
  void logins(String name, String secret) throws Exception {
    long deadline = System.nanoTime() + loginSeconds * 1_000_000_000L;
    AtomicLong done = new AtomicLong();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> clients = new ArrayList<>();
      for (int i = 0; i < loginClients; i++) {
        clients.add(pool.submit(() -> {
          while (System.nanoTime() < deadline) {
            BenchClient client = BenchClient.connect(server, tls);
            client.logIn(name, secret);
            client.quit();
            done.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "connect+login(%s)+quit, %d clients: %.0f /s (%d in %.1f s)%n",
        name, loginClients, done.get() / seconds, done.get(), seconds);
  }

  /** LIST, NLST and MLSD of one directory, {@code repeats * 5} times each, on one session. */
  void listings(String directory) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
    try (BenchClient client = BenchClient.login(server, tls, user, password)) {
      for (String verb : List.of("LIST", "NLST", "MLSD")) {
        int runs = repeats * 5;
        long[] nanos = new long[runs];
        long bytes = 0;
        try {
          for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = client.download(verb + " " + directory, buffer);
            nanos[i] = System.nanoTime() - start;
          }
        } catch (IOException e) {
          System.out.printf(Locale.ROOT, "%s of %s: not available (%s)%n", verb, directory,
              e.getMessage());
          continue;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s of %s (%d bytes): median %.1f ms, best %.1f ms%n",
            verb, directory, bytes, nanos[runs / 2] / 1e6, nanos[0] / 1e6);
      }
      client.quit();
    }
  }

  /**
   * {@code count} sessions logged in at once (anonymous), each looping EPSV + RETR of a small
   * file until the deadline; reports operations per second and latency percentiles.
   */
  void sessions(int count, String path) throws Exception {
    List<long[]> latencies = new ArrayList<>();
    AtomicLong failures = new AtomicLong();
    long start;
    long deadline;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<BenchClient> clients = new ArrayList<>();
      try {
        // At most 64 logins in flight: a burst of 1,000 SYNs overflows any listen backlog, and
        // connections the kernel dropped then wait for a greeting that never comes.
        Semaphore ramp = new Semaphore(64);
        List<Future<BenchClient>> logins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          logins.add(pool.submit(() -> {
            ramp.acquire();
            try {
              return BenchClient.login(server, tls, "anonymous", "bench@");
            } finally {
              ramp.release();
            }
          }));
        }
        for (Future<BenchClient> login : logins) {
          clients.add(login.get());
        }
        start = System.nanoTime();
        deadline = start + sessionSeconds * 1_000_000_000L;
        List<Future<long[]>> loops = new ArrayList<>();
        for (BenchClient client : clients) {
          loops.add(pool.submit(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            long[] own = new long[1 << 16];
            int n = 0;
            while (System.nanoTime() < deadline && n < own.length) {
              long began = System.nanoTime();
              try {
                client.download("RETR " + path, buffer);
              } catch (IOException e) {
                if (failures.getAndIncrement() == 0) {
                  System.out.println("# first failure: " + e);
                }
                break;
              }
              own[n++] = System.nanoTime() - began;
            }
            return Arrays.copyOf(own, n);
          }));
        }
        for (Future<long[]> loop : loops) {
          latencies.add(loop.get());
        }
      } finally {
        for (BenchClient client : clients) {
          try {
            client.quit();
          } catch (IOException e) {
            client.close();
          }
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(Locale.ROOT, "%d sessions looping RETR %s: %.0f ops/s, p50 %.1f ms, "
        + "p99 %.1f ms, %d failed sessions (%.1f s)%n", count, path, all.length / seconds,
        percentile(all, 0.50), percentile(all, 0.99), failures.get(), seconds);
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? Double.NaN
        : sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
  }
}
