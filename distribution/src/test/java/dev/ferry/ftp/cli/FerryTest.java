package dev.ferry.ftp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FerryTest {

  @Test
  void versionNamesTheBuiltVersion() {
    StringWriter out = new StringWriter();
    CommandLine ferry = Ferry.commandLine();
    ferry.setOut(new PrintWriter(out));

    assertEquals(0, ferry.execute("--version"));
    assertTrue(out.toString().matches("ferry \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), out.toString());
  }

  @Test
  void helpListsTheCommand() {
    StringWriter out = new StringWriter();
    CommandLine ferry = Ferry.commandLine();
    ferry.setOut(new PrintWriter(out));

    assertEquals(0, ferry.execute("--help"));
    assertTrue(out.toString().contains("Usage: ferry"), out.toString());
  }
}
