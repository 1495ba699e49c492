package dev.ferry.ftp.cli.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.client.Credentials;
import dev.ferry.ftp.client.FtpException;
import dev.ferry.ftp.client.FtpVerificationException;
import dev.ferry.ftp.protocol.param.HashAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The parts of the client commands that need no server: passwords, time spans, failures. */
class SmallPartsTest {
  private static final FtpUrl ALICE = FtpUrl.parse("ftp://alice@host/");

  @Test
  void passwordComesFromTheUrlThenTheEnvironmentThenThePrompt() {
    List<String> prompts = new CopyOnWriteArrayList<>();
    PasswordSource none = new PasswordSource(Map.of(), p -> {
      prompts.add(p);
      return Optional.empty();
    });
    PasswordSource env = new PasswordSource(Map.of("FERRY_PASSWORD", "from-env"), p -> Optional.of("typed"));
    PasswordSource typed = new PasswordSource(Map.of(), p -> Optional.of("typed"));

    assertEquals("inline", env.credentials(FtpUrl.parse("ftp://alice:inline@host/")).password());
    assertEquals("from-env", env.credentials(ALICE).password());
    assertEquals("typed", typed.credentials(ALICE).password());
    assertEquals("", none.credentials(ALICE).password());
    assertEquals(List.of("Password for alice@host: "), prompts);
    assertEquals(Credentials.anonymous(), none.credentials(FtpUrl.parse("ftp://host/")));
    assertEquals("ftp", none.credentials(FtpUrl.parse("ftp://ftp@host/")).user());
    assertEquals(1, prompts.size(), "anonymous users are not asked");
    assertTrue(PasswordSource.system().environment() != null);
  }

  @Test
  void timeSpans() {
    DurationConverter converter = new DurationConverter();
    assertEquals(Duration.ofSeconds(30), converter.convert("30"));
    assertEquals(Duration.ofSeconds(5), converter.convert("5s"));
    assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
    assertEquals(Duration.ofMinutes(2), converter.convert("2m"));
    assertEquals(Duration.ofHours(1), converter.convert("1h"));
    assertThrows(TypeConversionException.class, () -> converter.convert("soon"));
    assertThrows(TypeConversionException.class, () -> converter.convert("0"));
    assertThrows(TypeConversionException.class, () -> converter.convert("-5"));
  }

  @Test
  void failuresBecomeExitCodes() {
    assertEquals(ExitCodes.TLS, Failure.of(new SSLHandshakeException("PKIX path failed")).exitCode());
    assertEquals(
        ExitCodes.TLS,
        Failure.of(new IOException("handshake", new CertificateException("expired"))).exitCode());
    assertEquals(
        ExitCodes.VERIFICATION,
        Failure.of(new FtpVerificationException("x", HashAlgorithm.SHA_256, "aa", "bb")).exitCode());
    assertEquals(ExitCodes.CONNECTION, Failure.of(new FtpException("connection lost")).exitCode());
    assertEquals(ExitCodes.CONNECTION, Failure.of(new UnknownHostException("nowhere")).exitCode());
    assertEquals(ExitCodes.CONNECTION, Failure.of(new SocketTimeoutException("slow")).exitCode());
    assertEquals(
        ExitCodes.LOCAL_IO,
        Failure.of(new UncheckedIOException(new AccessDeniedException("/x"))).exitCode());
    assertEquals("local file exists: /a", Failure.of(new FileAlreadyExistsException("/a")).message());
    assertEquals(
        "disk full: /a -> /b", Failure.of(new FileSystemException("/a", "/b", "disk full")).message());
    assertEquals(ExitCodes.LOCAL_IO, Failure.of(new IOException("No space left")).exitCode());
    assertEquals(ExitCodes.USAGE, Failure.of(new IllegalArgumentException("bad")).exitCode());
    assertEquals(ExitCodes.INTERNAL, Failure.of(new IllegalStateException("bug")).exitCode());
    assertEquals(ExitCodes.INTERNAL, Failure.connecting(new IllegalStateException("bug")).exitCode());
    assertEquals(ExitCodes.TLS, Failure.connecting(new SSLHandshakeException("no")).exitCode());
    assertEquals(ExitCodes.CONNECTION, Failure.connecting(new IOException("refused")).exitCode());
  }
}
