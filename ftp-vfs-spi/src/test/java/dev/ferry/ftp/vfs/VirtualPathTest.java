package dev.ferry.ftp.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VirtualPathTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/home/ann | docs         | /home/ann/docs",
      "/home/ann | /etc         | /etc",
      "/home/ann | ''           | /home/ann",
      "/home/ann | .            | /home/ann",
      "/home/ann | ..           | /home",
      "/home/ann | ../../../..  | /",
      "/         | ..           | /",
      "/home/ann | a//b///c/    | /home/ann/a/b/c",
      "/home/ann | ./a/./b/.    | /home/ann/a/b",
      "/home/ann | a/../../b    | /home/b",
      "/home/ann | \\etc\\passwd | /etc/passwd",
      "/home/ann | ..\\..\\..\\x  | /x",
      "/         | ' spaced '   | '/ spaced '",
      "/         | ...          | /...",
  })
  void resolvesAgainstTheWorkingDirectory(String cwd, String input, String expected) {
    assertEquals(expected, VirtualPath.of(cwd).resolve(input).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\0b", "a\nb", "tab\there", "del\u007f", "lone\ud800", "\udc00x"})
  void rejectsControlCharactersAndBrokenUnicode(String input) {
    InvalidVirtualPathException e =
        assertThrows(InvalidVirtualPathException.class, () -> VirtualPath.of(input));
    assertEquals(input, e.input());
    assertFalse(e.getMessage().contains("\0"), "message is safe to log");
    assertFalse(e.reason().isEmpty());
  }

  @Test
  void boundsNamesAndPaths() {
    assertEquals(255, VirtualPath.of("x".repeat(255)).name().length());
    assertThrows(InvalidVirtualPathException.class, () -> VirtualPath.of("x".repeat(256)));
    assertThrows(InvalidVirtualPathException.class, () -> VirtualPath.of("é".repeat(128)));
    String deep = ("d".repeat(200) + "/").repeat(21);
    assertThrows(InvalidVirtualPathException.class, () -> VirtualPath.of(deep));
    assertThrows(InvalidVirtualPathException.class, () -> VirtualPath.of("/".repeat(20_000)));
    assertThrows(InvalidVirtualPathException.class, () -> VirtualPath.ROOT.resolve((String) null));
    assertEquals("/\ud83d\ude80", VirtualPath.of("\ud83d\ude80").toString());
  }

  @Test
  void childAcceptsOnlyPlainNames() {
    assertEquals("/a/b c", VirtualPath.of("/a").child("b c").toString());
    for (String bad : new String[] {"", ".", "..", "a/b", "a\\b", "nul\0", "x".repeat(256)}) {
      assertThrows(InvalidVirtualPathException.class, () -> VirtualPath.ROOT.child(bad), bad);
    }
    assertThrows(InvalidVirtualPathException.class, () -> VirtualPath.ROOT.child(null));
  }

  @Test
  void navigatesAndCompares() {
    VirtualPath p = VirtualPath.of("/a/b/c");
    assertEquals("c", p.name());
    assertEquals("", VirtualPath.ROOT.name());
    assertEquals(VirtualPath.of("/a/b"), p.parent());
    assertEquals(VirtualPath.ROOT, VirtualPath.of("/a").parent());
    assertEquals(VirtualPath.ROOT, VirtualPath.ROOT.parent());
    assertEquals(List.of("a", "b", "c"), p.segments());
    assertEquals(3, p.nameCount());
    assertTrue(VirtualPath.ROOT.isRoot());
    assertTrue(p.startsWith(VirtualPath.of("/a")));
    assertTrue(p.startsWith(VirtualPath.ROOT));
    assertFalse(VirtualPath.of("/ab").startsWith(VirtualPath.of("/a")));
    assertFalse(VirtualPath.of("/a").startsWith(p));
    assertTrue(VirtualPath.of("/a").compareTo(VirtualPath.of("/a/b")) < 0);
    assertTrue(VirtualPath.of("/b").compareTo(VirtualPath.of("/a/b")) > 0);
    assertEquals(0, p.compareTo(VirtualPath.of("a/b/c")));
    assertEquals(p.hashCode(), VirtualPath.of("a//b/c/").hashCode());
    assertNotEquals(p, "/a/b/c");
  }

  @Test
  void graftsAndRelativizes() {
    VirtualPath home = VirtualPath.of("/home/ann");
    assertEquals(VirtualPath.of("/home/ann/docs/a"), home.resolve(VirtualPath.of("/docs/a")));
    assertEquals(home, home.resolve(VirtualPath.ROOT));
    assertEquals(home, VirtualPath.ROOT.resolve(home));
    assertEquals(VirtualPath.of("/docs/a"), home.relativize(VirtualPath.of("/home/ann/docs/a")));
    assertEquals(VirtualPath.ROOT, home.relativize(home));
    assertThrows(IllegalArgumentException.class, () -> home.relativize(VirtualPath.of("/home")));
    String longName = "n".repeat(250);
    VirtualPath deep = VirtualPath.of((longName + "/").repeat(16));
    assertThrows(InvalidVirtualPathException.class, () -> deep.resolve(deep));
  }

  @Property(tries = 2000)
  void anyInputNormalizesInsideTheRootOrFailsCleanly(@ForAll String input) {
    VirtualPath p;
    try {
      p = VirtualPath.of("/base").resolve(input);
    } catch (InvalidVirtualPathException e) {
      return;
    }
    assertTrue(p.toString().startsWith("/"));
    assertFalse(p.segments().contains(".."));
    assertFalse(p.segments().contains("."));
    assertEquals(p, VirtualPath.of(p.toString()), "normal form is stable");
    VirtualPath home = VirtualPath.of("/home/ann");
    assertEquals(p, home.relativize(home.resolve(p)));
  }
}
