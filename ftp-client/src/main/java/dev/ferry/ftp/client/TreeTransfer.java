package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.listing.ListingTime;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Directory trees copied between a local folder and the server, files in parallel over the pool's
 * sessions. Both sides are described first (relative path to size and time), then the policy
 * picks the files to copy, then the copies run, then extraneous entries go if asked.
 */
final class TreeTransfer {
  private static final Logger log = LoggerFactory.getLogger(TreeTransfer.class);

  /** One side's entry: a directory, or a file with what the policy compares. */
  private record Entry(boolean directory, OptionalLong size, Optional<ListingTime> modified) {}

  private TreeTransfer() {}

  static TreeResult download(
      FtpSessionPool pool, String remoteDir, Path localDir, MirrorOptions options)
      throws IOException {
    Map<String, Entry> source;
    try (FtpSessionPool.Lease lease = pool.acquire()) {
      source = remoteTree(lease.session(), remoteDir);
    }
    Files.createDirectories(localDir);
    Map<String, Entry> target = localTree(localDir);
    List<String> copies = new ArrayList<>();
    for (var e : source.entrySet()) {
      Path local = localDir.resolve(e.getKey());
      if (e.getValue().directory()) {
        Files.createDirectories(local);
      } else if (wanted(options.policy(), e.getValue(), target.get(e.getKey()))) {
        copies.add(e.getKey());
      }
    }
    long bytes =
        parallel(
            pool,
            copies,
            (session, rel) ->
                session
                    .download(RemotePaths.join(remoteDir, rel), localDir.resolve(rel), options.transfer())
                    .bytesTransferred());
    int deleted = 0;
    if (options.deleteExtraneous()) {
      List<String> extra = extraneous(target, source);
      for (String rel : extra) {
        Files.delete(localDir.resolve(rel));
        deleted++;
      }
    }
    return new TreeResult(copies.size(), countFiles(source) - copies.size(), deleted, bytes);
  }

  static TreeResult upload(
      FtpSessionPool pool, Path localDir, String remoteDir, MirrorOptions options)
      throws IOException {
    Map<String, Entry> source = localTree(localDir);
    Map<String, Entry> target;
    List<String> copies = new ArrayList<>();
    try (FtpSessionPool.Lease lease = pool.acquire()) {
      FtpSession session = lease.session();
      session.createDirectories(remoteDir);
      target = remoteTree(session, remoteDir);
      for (var e : source.entrySet()) {
        String remote = RemotePaths.join(remoteDir, e.getKey());
        Entry there = target.get(e.getKey());
        if (e.getValue().directory()) {
          if (there == null) {
            session.createDirectories(remote);
          }
        } else if (wanted(options.policy(), e.getValue(), there)) {
          copies.add(e.getKey());
        }
      }
    }
    long bytes =
        parallel(
            pool,
            copies,
            (session, rel) ->
                session
                    .upload(localDir.resolve(rel), RemotePaths.join(remoteDir, rel), options.transfer())
                    .bytesTransferred());
    int deleted = 0;
    if (options.deleteExtraneous()) {
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        for (String rel : extraneous(target, source)) {
          String remote = RemotePaths.join(remoteDir, rel);
          if (target.get(rel).directory()) {
            lease.session().deleteDirectory(remote);
          } else {
            lease.session().delete(remote);
          }
          deleted++;
        }
      }
    }
    return new TreeResult(copies.size(), countFiles(source) - copies.size(), deleted, bytes);
  }

  /** Whether the policy copies a source file over what the target has (null: nothing). */
  private static boolean wanted(MirrorOptions.Policy policy, Entry source, Entry target) {
    if (target == null || target.directory()) {
      return true;
    }
    return switch (policy) {
      case ALL -> true;
      case MISSING -> false;
      case NEWER -> !source.size().equals(target.size()) || newer(source, target);
    };
  }

  private static boolean newer(Entry source, Entry target) {
    if (source.modified().isEmpty() || target.modified().isEmpty()) {
      return false; // sizes match and no time says otherwise
    }
    ListingTime from = source.modified().get();
    ListingTime to = target.modified().get();
    Instant there = to.instant();
    return !from.covers(there) && !to.covers(from.instant()) && from.instant().isAfter(there);
  }

  /** Target entries the source lacks, deepest first, so a directory empties before it goes. */
  private static List<String> extraneous(Map<String, Entry> target, Map<String, Entry> source) {
    return target.keySet().stream()
        .filter(rel -> !source.containsKey(rel))
        .filter(rel -> !hasExtraneousAncestor(rel, target, source))
        .sorted(Comparator.comparingInt((String rel) -> rel.split("/").length).reversed())
        .flatMap(rel -> target.get(rel).directory() ? subtree(rel, target) : Stream.of(rel))
        .distinct()
        .toList();
  }

  private static boolean hasExtraneousAncestor(
      String rel, Map<String, Entry> target, Map<String, Entry> source) {
    for (String parent = RemotePaths.parent(rel); !parent.isEmpty(); parent = RemotePaths.parent(parent)) {
      if (target.containsKey(parent) && !source.containsKey(parent)) {
        return true;
      }
    }
    return false;
  }

  /** A directory and everything under it, deepest first. */
  private static Stream<String> subtree(String dir, Map<String, Entry> target) {
    return target.keySet().stream()
        .filter(rel -> rel.equals(dir) || rel.startsWith(dir + "/"))
        .sorted(Comparator.comparingInt((String rel) -> rel.split("/").length).reversed());
  }

  private static int countFiles(Map<String, Entry> tree) {
    return (int) tree.values().stream().filter(e -> !e.directory()).count();
  }

  /** The remote tree under a directory, by relative path; links are left out, not followed. */
  private static Map<String, Entry> remoteTree(FtpSession session, String root)
      throws IOException {
    Map<String, Entry> tree = new LinkedHashMap<>();
    if (!session.exists(root)) {
      return tree;
    }
    List<String> pending = new ArrayList<>(List.of(""));
    while (!pending.isEmpty()) {
      String rel = pending.removeLast();
      for (RemoteFile file : session.list(RemotePaths.join(root, rel))) {
        String child = rel.isEmpty() ? file.name() : rel + "/" + file.name();
        if (file.isDirectory()) {
          tree.put(child, new Entry(true, OptionalLong.empty(), Optional.empty()));
          pending.add(child);
        } else if (file.isFile()) {
          tree.put(child, new Entry(false, file.size(), file.modified()));
        } else {
          log.debug("{}: not a file or directory, left alone", RemotePaths.join(root, child));
        }
      }
    }
    return tree;
  }

  private static Map<String, Entry> localTree(Path root) throws IOException {
    Map<String, Entry> tree = new LinkedHashMap<>();
    if (!Files.isDirectory(root)) {
      return tree;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
        if (path.equals(root)) {
          continue;
        }
        String rel = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
          tree.put(rel, new Entry(true, OptionalLong.empty(), Optional.empty()));
        } else if (attributes.isRegularFile()) {
          Instant modified = attributes.lastModifiedTime().toInstant();
          tree.put(
              rel,
              new Entry(
                  false,
                  OptionalLong.of(attributes.size()),
                  Optional.of(ListingTime.exact(modified))));
        }
      }
    }
    return tree;
  }

  /** One file's copy on a leased session; returns the bytes it moved. */
  private interface Copy {
    long run(FtpSession session, String relativePath) throws IOException;
  }

  /** Runs the copies on virtual threads, as many at once as the pool has sessions. */
  private static long parallel(FtpSessionPool pool, List<String> files, Copy copy)
      throws IOException {
    if (files.isEmpty()) {
      return 0;
    }
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Long>> results = new ArrayList<>(files.size());
      for (String rel : files) {
        results.add(
            executor.submit(
                () -> {
                  try (FtpSessionPool.Lease lease = pool.acquire()) {
                    return copy.run(lease.session(), rel);
                  }
                }));
      }
      long bytes = 0;
      IOException failure = null;
      for (Future<Long> result : results) {
        try {
          bytes += result.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure =
                e.getCause() instanceof IOException io
                    ? io
                    : new FtpException("a file transfer failed", e.getCause());
            results.forEach(r -> r.cancel(true));
          }
        } catch (CancellationException e) {
          // stopped after another copy failed
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          results.forEach(r -> r.cancel(true));
          throw new InterruptedIOException("interrupted during a tree transfer");
        }
      }
      if (failure != null) {
        throw failure;
      }
      return bytes;
    }
  }
}
