package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StructureAndModeTest {
  // RFC 959 §5.3.2: <structure-code> ::= F | R | P
  @ParameterizedTest
  @CsvSource({"F, FILE", "f, FILE", "R, RECORD", "r, RECORD", "P, PAGE", "' p ', PAGE"})
  void parsesStructures(String argument, FileStructure expected) {
    assertEquals(expected, FileStructure.parse(argument));
  }

  // RFC 959 §5.3.2: <mode-code> ::= S | B | C; Z from draft-preston-ftpext-deflate
  @ParameterizedTest
  @CsvSource({
    "S, STREAM",
    "s, STREAM",
    "B, BLOCK",
    "C, COMPRESSED",
    "Z, DEFLATE",
    "' z\t', DEFLATE"
  })
  void parsesModes(String argument, TransmissionMode expected) {
    assertEquals(expected, TransmissionMode.parse(argument));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "X", "FF", "F R", "S", "\uff26", "O"})
  void rejectsBadStructures(String argument) {
    var e = assertThrows(InvalidArgumentException.class, () -> FileStructure.parse(argument));
    assertEquals(true, e.getMessage().startsWith("STRU takes one of F, R, P"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "X", "SS", "S B", "F", "\u017f", "D"})
  void rejectsBadModes(String argument) {
    assertThrows(InvalidArgumentException.class, () -> TransmissionMode.parse(argument));
  }

  @ParameterizedTest
  @EnumSource(FileStructure.class)
  void structuresRoundTrip(FileStructure structure) {
    assertEquals(structure, FileStructure.parse(structure.toArgument()));
    assertEquals(String.valueOf(structure.code()), structure.toArgument());
  }

  @ParameterizedTest
  @EnumSource(TransmissionMode.class)
  void modesRoundTrip(TransmissionMode mode) {
    assertEquals(mode, TransmissionMode.parse(mode.toArgument()));
    assertEquals(String.valueOf(mode.code()), mode.toArgument());
  }

  @Property(tries = 1000)
  void throwOnlyTheirException(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, FileStructure::parse, InvalidArgumentException.class);
    Fuzz.parsesOrThrowsOnly(text, TransmissionMode::parse, InvalidArgumentException.class);
  }
}
