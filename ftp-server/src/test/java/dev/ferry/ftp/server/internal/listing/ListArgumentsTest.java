package dev.ferry.ftp.server.internal.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LIST arguments as clients send them: {@code ls} options, then a path. */
class ListArgumentsTest {
  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(delimiter = '=', quoteCharacter = '"', textBlock = """
      ""            = ""
      -la           = ""
      -a -l         = ""
      -la /pub      = /pub
      /pub          = /pub
      -a dir name   = dir name
      -x.txt        = -x.txt
      -             = -
      --all         = --all
      """)
  void optionsAreSkipped(String argument, String path) {
    assertEquals(path, ListArguments.parse(argument).path());
  }
}
