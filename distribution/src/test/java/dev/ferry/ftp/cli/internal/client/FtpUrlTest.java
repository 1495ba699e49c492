package dev.ferry.ftp.cli.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.cli.internal.client.FtpUrl.Scheme;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FtpUrlTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://host/pub/file.txt       | FTP   | host        | 21   | pub/file.txt",
        "FTP://host                    | FTP   | host        | 21   | ''",
        "ftpes://host:2121/            | FTPES | host        | 2121 | ''",
        "ftps://host/a%20b/c%2Bd+e     | FTPS  | host        | 990  | a b/c+d+e",
        "ftp://host/%2Fetc/motd        | FTP   | host        | 21   | /etc/motd",
        "ftp://host//etc/motd          | FTP   | host        | 21   | /etc/motd",
        "ftp://[::1]:2121/x            | FTP   | ::1         | 2121 | x",
        "ftp://[2001:db8::7]/          | FTP   | 2001:db8::7 | 21   | ''",
        "ftp://192.0.2.7/%C3%A9t%C3%A9 | FTP   | 192.0.2.7   | 21   | été",
        "ftp://host/dir/               | FTP   | host        | 21   | dir/",
      })
  void parsesServerAndPath(String text, Scheme scheme, String host, int port, String path) {
    FtpUrl url = FtpUrl.parse(text);
    assertEquals(scheme, url.scheme());
    assertEquals(host, url.host());
    assertEquals(port, url.port());
    assertEquals(path, url.path());
    assertEquals(Optional.empty(), url.user());
  }

  @Test
  void decodesUserAndPassword() {
    FtpUrl url = FtpUrl.parse("ftp://al%40ice:p%3Ass@w@ord@host/x");
    assertEquals(Optional.of("al@ice"), url.user());
    assertEquals(Optional.of("p:ss@w@ord"), url.password());
    assertEquals("host", url.host());

    FtpUrl noPassword = FtpUrl.parse("ftp://bob@host");
    assertEquals(Optional.of("bob"), noPassword.user());
    assertEquals(Optional.empty(), noPassword.password());
    assertEquals(Optional.of(""), FtpUrl.parse("ftp://bob:@host").password());
  }

  @Test
  void keepsTheTypeCode() {
    FtpUrl url = FtpUrl.parse("ftp://host/file.txt;type=A");
    assertEquals(Optional.of('a'), url.type());
    assertEquals("file.txt", url.path());
    assertEquals(Optional.of('d'), FtpUrl.parse("ftp://host/dir;type=d").type());
  }

  @Test
  void toStringMasksThePassword() {
    FtpUrl url = FtpUrl.parse("ftps://alice:secret@[::1]/dir");
    assertEquals("ftps://alice:****@[::1]:990/dir", url.toString());
    assertFalse(url.toString().contains("secret"));
    assertEquals("ftp://bob@h:21/", FtpUrl.parse("ftp://bob@h").toString());
    assertEquals("ftp://h:21/new", FtpUrl.parse("ftp://h/old;type=i").withPath("new").toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "host/path                 | not a URL",
        "://host                   | not a URL",
        "sftp://host/              | unsupported scheme 'sftp'",
        "ftp:///path               | no host",
        "ftp://:21/                | no host",
        "ftp://host:0/             | port must be",
        "ftp://host:http/          | port must be",
        "ftp://host:123456/        | port must be",
        "ftp://[::1/               | unclosed",
        "ftp://[host]/             | not an IPv6 address",
        "ftp://[::1]x/             | unexpected 'x'",
        "ftp://@host/              | empty user name",
        "ftp://host/a%2            | bad percent escape in the path",
        "ftp://host/a%zz           | bad percent escape",
        "ftp://host/a%FF           | not UTF-8",
        "ftp://host/a%0D%0ADELE%20x | control character in the path",
        "ftp://host/x;type=q       | unknown ;type=q",
      })
  void refusesMalformedUrls(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FtpUrl.parse(text));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void remoteNames() {
    assertEquals("c.txt", RemoteNames.name("a/b/c.txt"));
    assertEquals("b", RemoteNames.name("/a/b/"));
    assertEquals("", RemoteNames.name(""));
    assertEquals("a/b", RemoteNames.parent("a/b/c.txt"));
    assertEquals("/", RemoteNames.parent("/a"));
    assertEquals("", RemoteNames.parent("a"));
    assertEquals("x", RemoteNames.join("", "x"));
    assertEquals("/x", RemoteNames.join("dir", "/x"));
    assertEquals("dir/x", RemoteNames.join("dir/", "x"));
    assertEquals("dir/x", RemoteNames.join("dir", "x"));
  }
}
