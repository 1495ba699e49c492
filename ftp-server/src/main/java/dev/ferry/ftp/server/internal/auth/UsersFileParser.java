package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.server.auth.CertificateLogin;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.PasswordHash;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.auth.UserLimits;
import dev.ferry.ftp.server.auth.UserTls;
import dev.ferry.ftp.server.auth.UsersFileException;
import dev.ferry.ftp.vfs.InvalidVirtualPathException;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a users file (YAML 1.2, through SnakeYAML Engine's node API so every value keeps its line
 * number). The format is documented in {@code docs/server.md}; every problem is reported with the
 * file, the line and the dotted key.
 */
public final class UsersFileParser {
  /** A users file larger than this is refused before it is read. */
  static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private static final Set<String> TOP_KEYS = Set.of("defaults", "users");
  private static final Set<String> USER_KEYS = Set.of("password", "enabled", "home",
      "permissions", "max-sessions", "upload-rate", "download-rate", "tls");
  private static final Set<String> TLS_KEYS = Set.of("control", "data", "certificate");
  private static final Set<String> CERTIFICATE_KEYS = Set.of("subject", "email", "dns",
      "password");
  private static final Set<String> HOME_KEYS = Set.of("scheme", "options", "root", "create");
  private static final Pattern RATE = Pattern.compile("([0-9]{1,15})\\s*([kKmMgG]?)");

  private final Path file;

  private UsersFileParser(Path file) {
    this.file = file;
  }

  /**
   * A user as the file defines it.
   *
   * @param account the account
   * @param hash the password hash, or {@code null} for a user who logs in by certificate alone
   * @param enabled whether the user may log in
   */
  public record Entry(UserAccount account, PasswordHash hash, boolean enabled) {}

  /**
   * Reads and checks a users file.
   *
   * @param file the file
   * @return the users by name, in file order
   * @throws UsersFileException naming the file, line and key of the first problem
   * @throws IOException if the file cannot be read
   */
  public static Map<String, Entry> parse(Path file) throws IOException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new UsersFileException(file, 0, "", "larger than " + MAX_FILE_BYTES + " bytes", null);
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new UsersFileException(file, 0, "", "not UTF-8 text", e);
    }
    return new UsersFileParser(file).parse(text);
  }

  private Map<String, Entry> parse(String text) throws UsersFileException {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file.toString())
        .setAllowDuplicateKeys(false)
        .build();
    Optional<Node> root;
    try {
      root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)))
          .getSingleNode();
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
      throw new UsersFileException(file, line, "", "bad YAML: " + e.getProblem(), e);
    } catch (YamlEngineException e) {
      throw new UsersFileException(file, 0, "", "bad YAML: " + e.getMessage(), e);
    }
    if (root.isEmpty()) {
      throw new UsersFileException(file, 1, "users", "missing; the file defines no user", null);
    }
    Map<String, Node> top = mapping(root.get(), "", TOP_KEYS);
    Map<String, Node> defaults = top.containsKey("defaults")
        ? mapping(top.get("defaults"), "defaults", without(USER_KEYS, "password"))
        : Map.of();
    Node usersNode = top.get("users");
    if (usersNode == null) {
      throw new UsersFileException(file, line(root.get()), "users", "missing", null);
    }
    Map<String, Entry> users = new LinkedHashMap<>();
    for (Map.Entry<String, Node> user : mapping(usersNode, "users", null).entrySet()) {
      String key = "users." + user.getKey();
      Map<String, Node> values = new LinkedHashMap<>(defaults);
      values.putAll(mapping(user.getValue(), key, USER_KEYS));
      users.put(user.getKey(), entry(user.getKey(), key, values, user.getValue()));
    }
    return users;
  }

  private Entry entry(String name, String key, Map<String, Node> values, Node node)
      throws UsersFileException {
    if (name.isBlank() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new UsersFileException(file, line(node), key, "a user name must be printable", null);
    }
    UserTls tls = values.containsKey("tls") ? tls(values.get("tls"), key + ".tls") : UserTls.NONE;
    boolean certificateOnly = tls.certificate().configured()
        && !tls.certificate().passwordRequired();
    PasswordHash hash = null;
    if (!certificateOnly || values.containsKey("password")) {
      Node passwordNode = require(values, "password", key, node);
      try {
        hash = PasswordHash.parse(scalar(passwordNode, key + ".password"));
      } catch (IllegalArgumentException e) {
        throw error(passwordNode, key + ".password", e.getMessage());
      }
    }
    HomeDirectory home = home(require(values, "home", key, node), key + ".home", name);
    Set<Permission> permissions = values.containsKey("permissions")
        ? permissions(values.get("permissions"), key + ".permissions")
        : Permission.readOnly();
    UserLimits limits = new UserLimits(
        (int) number(values.get("max-sessions"), key + ".max-sessions", Integer.MAX_VALUE),
        rate(values.get("upload-rate"), key + ".upload-rate"),
        rate(values.get("download-rate"), key + ".download-rate"));
    boolean enabled = bool(values.get("enabled"), key + ".enabled", true);
    return new Entry(new UserAccount(name, home, permissions, limits, tls), hash, enabled);
  }

  private UserTls tls(Node node, String key) throws UsersFileException {
    Map<String, Node> values = mapping(node, key, TLS_KEYS);
    boolean control = required(values.get("control"), key + ".control");
    boolean data = required(values.get("data"), key + ".data");
    CertificateLogin certificate = CertificateLogin.NONE;
    if (values.containsKey("certificate")) {
      String certificateKey = key + ".certificate";
      Map<String, Node> login = mapping(values.get("certificate"), certificateKey,
          CERTIFICATE_KEYS);
      Set<X500Principal> subjects = new LinkedHashSet<>();
      for (Map.Entry<Node, String> subject
          : list(login.get("subject"), certificateKey + ".subject").entrySet()) {
        try {
          subjects.add(new X500Principal(subject.getValue()));
        } catch (IllegalArgumentException e) {
          throw error(subject.getKey(), certificateKey + ".subject",
              "not a distinguished name such as \"CN=alice,O=Example\": " + subject.getValue());
        }
      }
      certificate = new CertificateLogin(subjects,
          Set.copyOf(list(login.get("email"), certificateKey + ".email").values()),
          Set.copyOf(list(login.get("dns"), certificateKey + ".dns").values()),
          bool(login.get("password"), certificateKey + ".password", true));
      if (!certificate.configured()) {
        throw error(values.get("certificate"), certificateKey,
            "names no subject, email or dns to match");
      }
    }
    return new UserTls(control, data, certificate);
  }

  private boolean required(Node node, String key) throws UsersFileException {
    if (node == null) {
      return false;
    }
    return switch (scalar(node, key)) {
      case "required" -> true;
      case "optional" -> false;
      default -> throw error(node, key, "must be required or optional, not \""
          + scalar(node, key) + "\"");
    };
  }

  /** A single value or a list of values, each with its node (for its line). */
  private Map<Node, String> list(Node node, String key) throws UsersFileException {
    Map<Node, String> values = new LinkedHashMap<>();
    if (node == null) {
      return values;
    }
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        values.put(item, scalar(item, key));
      }
    } else {
      values.put(node, scalar(node, key));
    }
    return values;
  }

  private HomeDirectory home(Node node, String key, String user) throws UsersFileException {
    Map<String, Node> values = mapping(node, key, HOME_KEYS);
    String scheme = scalar(require(values, "scheme", key, node), key + ".scheme");
    if (scheme.isBlank()) {
      throw error(values.get("scheme"), key + ".scheme", "must not be empty");
    }
    Map<String, String> options = new LinkedHashMap<>();
    if (values.containsKey("options")) {
      for (Map.Entry<String, Node> option
          : mapping(values.get("options"), key + ".options", null).entrySet()) {
        options.put(option.getKey(), scalar(option.getValue(), key + ".options." + option.getKey()));
      }
    }
    VirtualPath root = VirtualPath.ROOT;
    if (values.containsKey("root")) {
      String text = scalar(values.get("root"), key + ".root").replace("${user}", user);
      try {
        root = VirtualPath.of(text);
      } catch (InvalidVirtualPathException e) {
        throw error(values.get("root"), key + ".root", "not a valid path: " + e.getMessage());
      }
    }
    boolean create = bool(values.get("create"), key + ".create", false);
    return new HomeDirectory(scheme, VfsConfig.of(options), root, create);
  }

  private Set<Permission> permissions(Node node, String key) throws UsersFileException {
    if (node instanceof ScalarNode scalar) {
      return switch (scalar.getValue().toLowerCase(Locale.ROOT)) {
        case "all" -> Permission.all();
        case "read-only" -> Permission.readOnly();
        default -> throw error(node, key, "must be all, read-only or a list of "
            + names(Permission.all()) + ", not \"" + scalar.getValue() + "\"");
      };
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw error(node, key, "must be all, read-only or a list");
    }
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (Node item : sequence.getValue()) {
      String value = scalar(item, key);
      try {
        permissions.add(Permission.valueOf(value.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw error(item, key, "unknown permission \"" + value + "\"; known: "
            + names(Permission.all()));
      }
    }
    return permissions;
  }

  private long rate(Node node, String key) throws UsersFileException {
    if (node == null) {
      return 0;
    }
    String value = scalar(node, key).strip();
    Matcher matcher = RATE.matcher(value);
    if (!matcher.matches()) {
      throw error(node, key, "must be bytes per second such as 500k, 2M or 0 (no limit), not \""
          + value + "\"");
    }
    int shift = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      default -> 0;
    };
    long number = Long.parseLong(matcher.group(1));
    if (number > (Long.MAX_VALUE >> shift)) {
      throw error(node, key, "too large: " + value);
    }
    return number << shift;
  }

  private long number(Node node, String key, long max) throws UsersFileException {
    if (node == null) {
      return 0;
    }
    String value = scalar(node, key);
    if (!value.matches("[0-9]{1,10}") || Long.parseLong(value) > max) {
      throw error(node, key, "must be a whole number from 0 to " + max + ", not \"" + value
          + "\"");
    }
    return Long.parseLong(value);
  }

  private boolean bool(Node node, String key, boolean absent) throws UsersFileException {
    if (node == null) {
      return absent;
    }
    return switch (scalar(node, key)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error(node, key, "must be true or false, not \"" + scalar(node, key)
          + "\"");
    };
  }

  /** Reads a mapping with scalar keys; {@code allowed} is null for free-form keys. */
  private Map<String, Node> mapping(Node node, String key, Set<String> allowed)
      throws UsersFileException {
    if (!(node instanceof MappingNode mapping)) {
      throw error(node, key.isEmpty() ? "(top level)" : key, "must be a mapping of keys to values");
    }
    Map<String, Node> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String name = scalar(tuple.getKeyNode(), key);
      String child = key.isEmpty() ? name : key + "." + name;
      if (allowed != null && !allowed.contains(name)) {
        throw error(tuple.getKeyNode(), child, "unknown key; known: "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
      if (values.put(name, tuple.getValueNode()) != null) {
        throw error(tuple.getKeyNode(), child, "appears twice");
      }
    }
    return values;
  }

  private String scalar(Node node, String key) throws UsersFileException {
    if (!(node instanceof ScalarNode scalar)) {
      throw error(node, key, "must be a single value");
    }
    return scalar.getValue();
  }

  private Node require(Map<String, Node> values, String name, String key, Node parent)
      throws UsersFileException {
    Node node = values.get(name);
    if (node == null) {
      throw error(parent, key + "." + name, "missing");
    }
    return node;
  }

  private UsersFileException error(Node node, String key, String problem) {
    return new UsersFileException(file, line(node), key, problem, null);
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).map(line -> line + 1).orElse(0);
  }

  private static Set<String> without(Set<String> keys, String removed) {
    Set<String> copy = new java.util.HashSet<>(keys);
    copy.remove(removed);
    return copy;
  }

  private static String names(Set<Permission> permissions) {
    return String.join(", ", permissions.stream()
        .map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
  }
}
