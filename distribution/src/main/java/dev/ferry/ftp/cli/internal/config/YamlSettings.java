package dev.ferry.ftp.cli.internal.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a YAML 1.2 configuration file into flat dotted settings, each with its line: mappings
 * become key segments, a list of mappings becomes indexed segments ({@code listeners.0.port}), a
 * list of values stays one setting. SnakeYAML Engine's node API keeps every line number.
 */
final class YamlSettings {
  /** A configuration file larger than this is refused before it is read. */
  private static final long MAX_FILE_BYTES = 1024 * 1024;

  private final String label;
  private final Map<String, Setting> settings = new LinkedHashMap<>();

  private YamlSettings(String label) {
    this.label = label;
  }

  /**
   * Reads a file.
   *
   * @param file the YAML file
   * @return the settings in file order
   * @throws ConfigException if the file cannot be read or is not valid YAML of mappings, lists and
   *     values
   */
  static Map<String, Setting> read(Path file) throws ConfigException {
    String label = file.toString();
    String text;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new ConfigException(label, "", "larger than " + MAX_FILE_BYTES + " bytes");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(label, "", "no such file", e);
    } catch (CharacterCodingException e) {
      throw new ConfigException(label, "", "not UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(label, "", "cannot be read: " + e.getMessage(), e);
    }
    return parse(label, text);
  }

  /**
   * Reads YAML text.
   *
   * @param label the name to report in errors, usually the file name
   * @param text the YAML text
   * @return the settings in text order
   * @throws ConfigException if the text is not valid YAML of mappings, lists and values
   */
  static Map<String, Setting> parse(String label, String text) throws ConfigException {
    LoadSettings load = LoadSettings.builder()
        .setLabel(label)
        .setAllowDuplicateKeys(false)
        .build();
    Optional<Node> root;
    try {
      root = new Composer(load, new ParserImpl(load, new StreamReader(load, text))).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
      throw new ConfigException(label + (line > 0 ? ":" + line : ""), "",
          "bad YAML: " + e.getProblem(), e);
    } catch (YamlEngineException e) {
      throw new ConfigException(label, "", "bad YAML: " + e.getMessage(), e);
    }
    YamlSettings reader = new YamlSettings(label);
    if (root.isPresent()) {
      if (!(root.get() instanceof MappingNode mapping)) {
        throw new ConfigException(reader.origin(root.get()), "",
            "the file must be a mapping of keys to values");
      }
      reader.mapping("", mapping);
    }
    return reader.settings;
  }

  private void mapping(String prefix, MappingNode mapping) throws ConfigException {
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getValue().isBlank()
          || key.getValue().contains(".")) {
        throw new ConfigException(origin(tuple.getKeyNode()), prefix,
            "keys must be plain names without dots");
      }
      String child = prefix.isEmpty() ? key.getValue() : prefix + "." + key.getValue();
      if (!seen.add(key.getValue())) {
        throw new ConfigException(origin(tuple.getKeyNode()), child, "appears twice");
      }
      node(child, tuple.getValueNode());
    }
  }

  private void node(String key, Node node) throws ConfigException {
    switch (node) {
      case MappingNode mapping -> {
        if (mapping.getValue().isEmpty()) {
          settings.put(key, new Setting(key, List.of(), origin(node), false));
        }
        mapping(key, mapping);
      }
      case SequenceNode sequence -> sequence(key, sequence);
      case ScalarNode scalar -> settings.put(key, new Setting(key,
          isNull(scalar) ? List.of() : List.of(scalar.getValue()), origin(node), false));
      default -> throw new ConfigException(origin(node), key, "unsupported YAML node");
    }
  }

  private void sequence(String key, SequenceNode sequence) throws ConfigException {
    List<Node> items = sequence.getValue();
    if (!items.isEmpty() && items.stream().allMatch(MappingNode.class::isInstance)) {
      for (int i = 0; i < items.size(); i++) {
        mapping(key + "." + i, (MappingNode) items.get(i));
      }
      return;
    }
    List<String> values = new ArrayList<>();
    for (Node item : items) {
      if (!(item instanceof ScalarNode scalar) || isNull(scalar)) {
        throw new ConfigException(origin(item), key,
            "must be a list of values or a list of mappings, not a mix");
      }
      values.add(scalar.getValue());
    }
    settings.put(key, new Setting(key, values, origin(sequence), true));
  }

  private static boolean isNull(ScalarNode scalar) {
    return scalar.getTag().equals(Tag.NULL);
  }

  private String origin(Node node) {
    int line = node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    return line > 0 ? label + ":" + line : label;
  }
}
