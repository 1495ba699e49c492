package dev.ferry.ftp.cli.internal.admin;

import dev.ferry.ftp.server.auth.PasswordHash;
import dev.ferry.ftp.server.auth.UsersFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Changes a users file in place as text, so its comments and layout survive: the YAML node tree
 * gives the exact spans to replace, remove or insert after. The result is checked by loading it
 * as the server would ({@link UsersFile#load}) before it atomically replaces the file; a change
 * that would break the file is refused and nothing is written.
 */
final class UsersFileEditor {
  private static final String EMPTY = "users:\n";

  private final Path file;
  private String text;

  private UsersFileEditor(Path file, String text) {
    this.file = file;
    this.text = text;
  }

  /** Opens a users file; a missing one starts empty and is created by {@link #save()}. */
  static UsersFileEditor open(Path file) throws IOException {
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : EMPTY;
    return new UsersFileEditor(file, text);
  }

  String text() {
    return text;
  }

  boolean contains(String name) throws IOException {
    return user(name).isPresent();
  }

  /** Adds a user after the last one; {@code extraLines} are the user's keys beside password. */
  void add(String name, PasswordHash hash, List<String> extraLines) throws IOException {
    if (contains(name)) {
      throw new IOException(file + ": user " + name + " exists; use ferry user passwd");
    }
    NodeTuple users = usersTuple();
    MappingNode mapping = usersMapping(users);
    int indent = mapping.getValue().isEmpty() ? 2
        : mapping.getValue().get(0).getKeyNode().getStartMark().orElseThrow().getColumn();
    StringBuilder block = new StringBuilder();
    String pad = " ".repeat(indent);
    block.append(pad).append(quote(name)).append(":\n");
    block.append(pad).append("  password: ").append(quote(hash.encoded())).append('\n');
    for (String line : extraLines) {
      block.append(pad).append("  ").append(line).append('\n');
    }
    if (mapping.getValue().isEmpty()) {
      // "users:", "users: {}" or "users: ~": the block goes on the lines after the key.
      int start = users.getKeyNode().getEndMark().orElseThrow().getIndex();
      int valueEnd = users.getValueNode().getEndMark().map(Mark::getIndex).orElse(start);
      int lineEnd = endOfLine(Math.max(start, valueEnd));
      String rest = text.substring(Math.max(start, valueEnd), lineEnd).strip();
      text = text.substring(0, start) + ":" + (rest.startsWith("#") ? "  " + rest : "") + "\n"
          + block + text.substring(Math.min(text.length(), lineEnd + 1));
      return;
    }
    int at = insertionPoint();
    String before = text.substring(0, at);
    text = before + (before.endsWith("\n") || before.isEmpty() ? "" : "\n") + block
        + text.substring(at);
  }

  /** Replaces a user's password hash. */
  void setPassword(String name, PasswordHash hash) throws IOException {
    MappingNode user = asMapping(user(name)
        .orElseThrow(() -> new IOException(file + ": no user " + name)).getValueNode(), name);
    for (NodeTuple tuple : user.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("password")) {
        replace(tuple.getValueNode(), quote(hash.encoded()));
        return;
      }
    }
    throw new IOException(file + ": user " + name + " has no password key to replace");
  }

  /** Removes a user and its lines. */
  void remove(String name) throws IOException {
    List<NodeTuple> users = usersMapping(usersTuple()).getValue();
    for (int i = 0; i < users.size(); i++) {
      if (users.get(i).getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
        int start = startOfLine(users.get(i).getKeyNode().getStartMark().orElseThrow().getIndex());
        int end = i + 1 < users.size()
            ? startOfLine(users.get(i + 1).getKeyNode().getStartMark().orElseThrow().getIndex())
            : Math.min(text.length(), endOfLine(lastIndex(users.get(i).getValueNode())) + 1);
        text = text.substring(0, start) + text.substring(end);
        NodeTuple left = usersTuple();
        if (left.getValueNode() instanceof ScalarNode empty && empty.getValue().isEmpty()) {
          // The last user went: "users:" alone would be null, which the server refuses.
          int colon = left.getKeyNode().getEndMark().orElseThrow().getIndex() + 1;
          text = text.substring(0, colon) + " {}" + text.substring(colon);
        }
        return;
      }
    }
    throw new IOException(file + ": no user " + name);
  }

  /**
   * Checks the new text as the server reads it, then replaces the file atomically (owner-only
   * permissions where the file system has them: the file holds password hashes).
   */
  void save() throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, ".users", ".yaml");
    try {
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the folder's permissions protect it.
      }
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      UsersFile.load(temporary);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private Optional<NodeTuple> user(String name) throws IOException {
    for (NodeTuple tuple : usersMapping(usersTuple()).getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
        return Optional.of(tuple);
      }
    }
    return Optional.empty();
  }

  private MappingNode root() throws IOException {
    LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
    try {
      Optional<Node> root = new Composer(settings,
          new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode();
      if (root.isEmpty()) {
        text = EMPTY;
        return root();
      }
      return asMapping(root.get(), "the top level");
    } catch (YamlEngineException e) {
      throw new IOException(file + ": bad YAML: " + e.getMessage(), e);
    }
  }

  private NodeTuple usersTuple() throws IOException {
    for (NodeTuple tuple : root().getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("users")) {
        return tuple;
      }
    }
    text = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + EMPTY;
    return usersTuple();
  }

  private MappingNode usersMapping(NodeTuple users) throws IOException {
    if (users.getValueNode() instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
      return new MappingNode(scalar.getTag(), List.of(), FlowStyle.BLOCK);
    }
    MappingNode mapping = asMapping(users.getValueNode(), "users");
    if (mapping.getFlowStyle() == FlowStyle.FLOW && !mapping.getValue().isEmpty()) {
      throw new IOException(file + ": users is written in flow style ({...}); edit it by hand");
    }
    return mapping;
  }

  /** After the users block: before the next top-level key, or at the end. */
  private int insertionPoint() throws IOException {
    List<NodeTuple> top = root().getValue();
    for (int i = 0; i < top.size(); i++) {
      if (top.get(i).getKeyNode() instanceof ScalarNode key && key.getValue().equals("users")
          && i + 1 < top.size()) {
        return startOfLine(top.get(i + 1).getKeyNode().getStartMark().orElseThrow().getIndex());
      }
    }
    return text.length();
  }

  private MappingNode asMapping(Node node, String what) throws IOException {
    if (node instanceof MappingNode mapping) {
      return mapping;
    }
    throw new IOException(file + ": " + what + " must be a mapping of keys to values");
  }

  private void replace(Node node, String replacement) {
    int start = node.getStartMark().orElseThrow().getIndex();
    int end = node.getEndMark().orElseThrow().getIndex();
    text = text.substring(0, start) + replacement + text.substring(end);
  }

  private int lastIndex(Node node) {
    int end = node.getEndMark().orElseThrow().getIndex();
    // A block node ends where the next token starts, possibly lines later: step back over them.
    int index = Math.min(end, text.length()) - 1;
    while (index > 0 && Character.isWhitespace(text.charAt(index))) {
      index--;
    }
    return Math.max(0, index);
  }

  private int startOfLine(int index) {
    return text.lastIndexOf('\n', Math.max(0, index - 1)) + 1;
  }

  private int endOfLine(int index) {
    int newline = text.indexOf('\n', index);
    return newline < 0 ? text.length() : newline;
  }

  /** Double-quoted YAML: hashes carry '$', names may carry anything printable. */
  static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
