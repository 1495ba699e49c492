package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemotePathsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "/a/b/c.txt | /a/b | c.txt",
        "/a/b/      | /a   | b",
        "/a         | /    | a",
        "/          | /    | ''",
        "a/b        | a    | b",
        "a          | ''   | a",
        "''         | ''   | ''",
      })
  void splitsPaths(String path, String parent, String name) {
    assertEquals(parent, RemotePaths.parent(path));
    assertEquals(name, RemotePaths.name(path));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "/a   | b    | /a/b",
        "/a/  | b    | /a/b",
        "''   | b    | b",
        "/a   | /x/y | /x/y",
        "/    | b    | /b",
      })
  void joinsPaths(String directory, String name, String joined) {
    assertEquals(joined, RemotePaths.join(directory, name));
  }
}
