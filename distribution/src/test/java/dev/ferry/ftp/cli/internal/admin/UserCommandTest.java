package dev.ferry.ftp.cli.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.cli.Ferry;
import dev.ferry.ftp.server.auth.PasswordHash;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.auth.UsersFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UserCommandTest {
  private static final String SHIPPED = "src/dist/conf/users.yaml";

  @TempDir Path dir;
  private final InputStream stdin = System.in;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void restoreStdin() {
    System.setIn(stdin);
  }

  private int ferry(String input, String... args) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    CommandLine line = Ferry.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  private UserAccount login(UsersFile users, String name, String password) {
    return users.authenticate(name, password, InetAddress.getLoopbackAddress()).orElse(null);
  }

  @Test
  void addsChangesAndRemovesUsersKeepingTheComments() throws Exception {
    Path file = dir.resolve("users.yaml");
    Files.copy(Path.of(SHIPPED), file);
    String file0 = file.toString();

    assertEquals(0, ferry("pw-alice\n", "user", "add", "alice", "--file", file0,
        "--password-stdin", "--permissions", "all", "--home", dir.toString()), err.toString());
    assertEquals(0, ferry("pw-bob\n", "user", "add", "bob", "-f", file0, "--password-stdin",
        "--backend", "memory", "--permissions", "list,read"), err.toString());
    assertEquals(0, ferry("pw-carol\n", "user", "add", "carol", "-f", file0,
        "--password-stdin"), err.toString());
    String text = Files.readString(file);
    assertTrue(text.startsWith("# Ferry users"), "comments kept:\n" + text);
    assertTrue(text.contains("$argon2id$"), text);
    assertFalse(text.contains("pw-alice"), text);

    UsersFile users = UsersFile.load(file);
    UserAccount alice = login(users, "alice", "pw-alice");
    assertEquals("local", alice.home().scheme());
    assertEquals(dir.toString(), alice.home().config().get("root").orElseThrow());
    UserAccount bob = login(users, "bob", "pw-bob");
    assertEquals("memory", bob.home().scheme());
    assertEquals(Set.of(Permission.LIST, Permission.READ), bob.permissions());
    assertEquals("/carol", login(users, "carol", "pw-carol").home().root().toString());

    out.getBuffer().setLength(0);
    assertEquals(0, ferry("", "user", "list", "-f", file0));
    assertEquals(List.of("alice", "bob", "carol"), out.toString().lines().toList());

    assertEquals(0, ferry("new-bob\n", "user", "passwd", "bob", "-f", file0, "--password-stdin"));
    users.reload();
    assertEquals(null, login(users, "bob", "pw-bob"));
    assertTrue(login(users, "bob", "new-bob") != null);

    assertEquals(0, ferry("", "user", "remove", "bob", "-f", file0));
    assertEquals(0, ferry("", "user", "remove", "carol", "-f", file0));
    users.reload();
    assertEquals(Set.of("alice"), users.userNames());
    assertEquals(0, ferry("", "user", "remove", "alice", "-f", file0));
    users.reload();
    assertEquals(Set.of(), users.userNames());
    assertTrue(Files.readString(file).startsWith("# Ferry users"));
  }

  @Test
  void createsAMissingFileAndAddsAfterOtherTopLevelKeys() throws Exception {
    Path file = dir.resolve("new.yaml");
    assertEquals(0, ferry("pw\n", "user", "add", "dave", "-f", file.toString(),
        "--password-stdin", "--backend", "memory"), err.toString());
    assertEquals(Set.of("dave"), UsersFile.load(file).userNames());

    Path ordered = dir.resolve("ordered.yaml");
    Files.writeString(ordered, """
        users:
            erin: {password: "%s", home: {scheme: memory}}
        defaults:
          permissions: all
        """.formatted(PasswordHash.argon2id("x")));
    assertEquals(0, ferry("pw\n", "user", "add", "frank", "-f", ordered.toString(),
        "--password-stdin", "--backend", "memory", "--backend-option", "max-size=1M"),
        err.toString());
    assertEquals(Set.of("erin", "frank"), UsersFile.load(ordered).userNames());
    assertTrue(Files.readString(ordered).contains("    \"frank\":"), Files.readString(ordered));
  }

  @Test
  void refusesWhatWouldBreakOrIsWrong() throws Exception {
    Path file = dir.resolve("users.yaml");
    Files.copy(Path.of(SHIPPED), file);
    String file0 = file.toString();
    assertEquals(0, ferry("pw\n", "user", "add", "alice", "-f", file0, "--password-stdin"));
    String before = Files.readString(file);

    assertEquals(1, ferry("pw\n", "user", "add", "alice", "-f", file0, "--password-stdin"));
    assertTrue(err.toString().contains("user alice exists"), err.toString());
    assertEquals(1, ferry("", "user", "remove", "nobody", "-f", file0));
    assertEquals(1, ferry("pw\n", "user", "passwd", "nobody", "-f", file0, "--password-stdin"));
    assertEquals(1, ferry("pw\n", "user", "add", "zed", "-f", file0, "--password-stdin",
        "--backend", "no-such-scheme-options", "--permissions", "fly"));
    assertTrue(err.toString().contains("unknown permission \"fly\""), err.toString());
    assertEquals(before, Files.readString(file), "nothing written on failure");

    assertEquals(2, ferry("", "user", "add", "x", "-f", file0, "--password-stdin"));
    assertEquals(2, ferry("pw\n", "user", "add", "y", "-f", file0, "--password-stdin",
        "--home", "/tmp", "--backend", "memory"));
    assertEquals(2, ferry("pw\n", "user", "add", "bad\tname", "-f", file0, "--password-stdin"));
    assertEquals(2, ferry("", "user", "add", "z", "-f", file0), "no terminal, no stdin flag");
    assertEquals(1, ferry("", "user", "list", "-f", dir.resolve("none.yaml").toString()));

    Files.writeString(file, "users: {a: {password: x}}\n");
    assertEquals(1, ferry("pw\n", "user", "add", "b", "-f", file0, "--password-stdin"));
    assertTrue(err.toString().contains("flow style"), err.toString());
    Files.writeString(file, "users: [\n");
    assertEquals(1, ferry("pw\n", "user", "add", "b", "-f", file0, "--password-stdin"));
    Files.writeString(file, "- a\n");
    assertEquals(1, ferry("pw\n", "user", "add", "b", "-f", file0, "--password-stdin"));
  }
}
