package dev.ferry.ftp.vfs.local.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.HashMap;
import java.util.Map;

/**
 * The owner and group names of the uids and gids seen during one listing.
 *
 * <p>The JDK resolves a name with {@code getpwuid}/{@code getgrgid} on every call, which re-reads
 * {@code /etc/passwd} and {@code /etc/group}: a dozen system calls per entry, most of a listing's
 * time. A directory's entries usually share a handful of owners, so one lookup per id and listing
 * is enough. Living only as long as one cursor, a renamed user shows up at the next listing. At
 * most {@value #MAX_IDS} ids of each kind are kept, so a directory whose every file has its own
 * owner costs what it did before, never unbounded memory. Used by one thread at a time.
 */
final class OwnerNames {
  static final int MAX_IDS = 256;

  private final Map<Integer, String> owners = new HashMap<>();
  private final Map<Integer, String> groups = new HashMap<>();

  /** Returns the name of {@code uid}, looking it up on {@code file} the first time. */
  String owner(int uid, Path file) throws IOException {
    String name = owners.get(uid);
    if (name == null) {
      Map<String, Object> a = lookUp(file);
      // The file may have changed owner since it was first read: then show the number.
      name = uid == (Integer) a.get("uid")
          ? ((UserPrincipal) a.get("owner")).getName() : Integer.toString(uid);
    }
    return name;
  }

  /** Returns the name of {@code gid}, looking it up on {@code file} the first time. */
  String group(int gid, Path file) throws IOException {
    String name = groups.get(gid);
    if (name == null) {
      Map<String, Object> a = lookUp(file);
      name = gid == (Integer) a.get("gid")
          ? ((UserPrincipal) a.get("group")).getName() : Integer.toString(gid);
    }
    return name;
  }

  /** Reads the ids and names of {@code file} in one call and remembers both pairs. */
  private Map<String, Object> lookUp(Path file) throws IOException {
    Map<String, Object> a =
        Files.readAttributes(file, "unix:uid,gid,owner,group", LinkOption.NOFOLLOW_LINKS);
    remember(owners, (Integer) a.get("uid"), ((UserPrincipal) a.get("owner")).getName());
    remember(groups, (Integer) a.get("gid"), ((UserPrincipal) a.get("group")).getName());
    return a;
  }

  private static void remember(Map<Integer, String> names, int id, String name) {
    if (names.size() < MAX_IDS) {
      names.put(id, name);
    }
  }
}
