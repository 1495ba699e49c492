package dev.ferry.ftp.testkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a Markdown guide's code blocks identical to code that compiles and runs in a test.
 *
 * <p>A test source marks regions with {@code // snippet:NAME} and {@code // end-snippet}; the guide
 * precedes each Java block with {@code <!-- snippet:NAME -->}. {@link #assertGuideMatches} fails
 * when a block differs from its region (after removing the region's common indentation), when a
 * region is missing from the guide, or when the guide names a region the source does not have.
 */
public final class DocSnippets {
  private DocSnippets() {}

  /**
   * Checks every snippet of {@code testSource} against {@code guide}.
   *
   * @param testSource the test's source file, relative to the module directory
   * @param guide the Markdown guide, relative to the module directory
   * @throws IOException if a file cannot be read
   */
  public static void assertGuideMatches(Path testSource, Path guide) throws IOException {
    Map<String, String> regions = regions(Files.readAllLines(testSource, StandardCharsets.UTF_8));
    Map<String, String> blocks = blocks(Files.readAllLines(guide, StandardCharsets.UTF_8));
    assertFalse(regions.isEmpty(), "no snippet regions in " + testSource);
    for (var region : regions.entrySet()) {
      String block = blocks.get(region.getKey());
      if (block == null) {
        fail(guide + " lacks snippet " + region.getKey());
      }
      assertEquals(region.getValue(), block, "snippet " + region.getKey() + " in " + guide);
    }
    for (String name : blocks.keySet()) {
      if (!regions.containsKey(name)) {
        fail(guide + " names snippet " + name + ", which " + testSource + " does not have");
      }
    }
  }

  static Map<String, String> regions(List<String> lines) {
    Map<String, String> regions = new LinkedHashMap<>();
    String name = null;
    List<String> body = new ArrayList<>();
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.startsWith("// snippet:")) {
        name = trimmed.substring("// snippet:".length()).strip();
        body.clear();
      } else if (trimmed.equals("// end-snippet") && name != null) {
        regions.put(name, dedent(body));
        name = null;
      } else if (name != null) {
        body.add(line);
      }
    }
    return regions;
  }

  static Map<String, String> blocks(List<String> lines) {
    Map<String, String> blocks = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("<!-- snippet:") && line.endsWith("-->")) {
        String name = line.substring("<!-- snippet:".length(), line.length() - 3).strip();
        int start = i + 1;
        while (start < lines.size() && !lines.get(start).startsWith("```")) {
          start++;
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
          end++;
        }
        blocks.put(name, String.join("\n", lines.subList(Math.min(start + 1, end), end)));
        i = end;
      }
    }
    return blocks;
  }

  private static String dedent(List<String> body) {
    int indent = Integer.MAX_VALUE;
    for (String line : body) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String line : body) {
      out.add(line.isBlank() ? "" : line.substring(indent));
    }
    return String.join("\n", out);
  }
}
