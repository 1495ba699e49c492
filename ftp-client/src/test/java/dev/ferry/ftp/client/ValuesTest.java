package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.ListingEntry;
import dev.ferry.ftp.protocol.param.HashAlgorithm;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.tls.TrustSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The client's value types: defaults, validation, and what they never print. */
class ValuesTest {
  @Test
  void tlsSetsTheModeAndImplicitFtpsDefaultsToPort990() {
    ClientTls implicit =
        ClientTls.create(
            TrustSource.system(), TlsPolicy.DEFAULT.toBuilder().mode(TlsMode.IMPLICIT).build());
    FtpClientConfig plain = FtpClientConfig.builder("h").build();
    assertEquals(Optional.empty(), plain.tls());
    assertEquals(21, plain.port());

    FtpClientConfig ftps = plain.toBuilder().tls(implicit).build();
    assertEquals(Optional.of(implicit), ftps.tls());
    assertEquals(990, ftps.port());
    assertTrue(ftps.toString().contains("FTPS IMPLICIT"), ftps.toString());
    // An unset port follows the mode through toBuilder; a set one stays.
    assertEquals(21, ftps.toBuilder().tls(null).build().port());
    assertEquals(2990, ftps.toBuilder().port(2990).build().toBuilder().tls(null).build().port());

    ClientTls explicit = ClientTls.create(TrustSource.system(), TlsPolicy.DEFAULT);
    assertEquals(21, FtpClientConfig.builder("h").tls(explicit).build().port());
  }

  @Test
  void configDefaultsAreTheSafeOnes() {
    FtpClientConfig config = FtpClientConfig.builder("ftp.example.org").build();
    assertEquals(21, config.port());
    assertEquals(Credentials.anonymous(), config.credentials());
    assertEquals(DataConnectionMode.passive(), config.dataConnectionMode());
    assertEquals(Duration.ofSeconds(10), config.connectTimeout());
    assertEquals(Duration.ofSeconds(30), config.replyTimeout());
    assertEquals(Duration.ofSeconds(60), config.dataTimeout());
    assertEquals(Duration.ofMinutes(2), config.idleTimeout());
    assertEquals(Duration.ofSeconds(60), config.keepAliveInterval());
    assertEquals(StandardCharsets.UTF_8, config.controlCharset());
    assertEquals(ZoneId.of("Z"), config.serverZone());
  }

  @Test
  void configIsCopiedNotShared() {
    FtpClientConfig first =
        FtpClientConfig.builder("h")
            .port(2121)
            .credentials(Credentials.of("u", "p"))
            .keepAliveInterval(Duration.ZERO)
            .serverZone(ZoneId.of("Europe/Paris"))
            .controlCharset(StandardCharsets.ISO_8859_1)
            .idleTimeout(Duration.ofSeconds(5))
            .dataTimeout(Duration.ofSeconds(6))
            .connectTimeout(Duration.ofSeconds(7))
            .build();
    FtpClientConfig second = first.toBuilder().port(2222).build();
    assertEquals(2121, first.port());
    assertEquals(2222, second.port());
    assertEquals(first.credentials(), second.credentials());
    assertEquals(Duration.ZERO, second.keepAliveInterval());
    assertEquals(ZoneId.of("Europe/Paris"), second.serverZone());
    assertEquals(Duration.ofSeconds(7), second.connectTimeout());
    assertFalse(second.toString().contains("p}"), second.toString());
  }

  @Test
  void configRefusesNonsense() {
    FtpClientConfig.Builder b = FtpClientConfig.builder("h");
    assertThrows(IllegalArgumentException.class, () -> FtpClientConfig.builder(" "));
    assertThrows(IllegalArgumentException.class, () -> b.port(0));
    assertThrows(IllegalArgumentException.class, () -> b.port(65536));
    assertThrows(IllegalArgumentException.class, () -> b.replyTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> b.dataTimeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> b.keepAliveInterval(Duration.ofSeconds(-1)));
  }

  @Test
  void credentialsNeverShowThePassword() {
    Credentials credentials = Credentials.of("ferry", "hunter2").withAccount("acct");
    assertEquals("Credentials{user=ferry, account=****}", credentials.toString());
    assertEquals(Optional.of("acct"), credentials.account());
    assertEquals("hunter2", credentials.password());
    assertNotEquals(Credentials.of("ferry", "hunter2"), credentials);
    assertEquals(Credentials.of("ferry", "hunter2").hashCode(), Credentials.of("ferry", "hunter2").hashCode());
    assertEquals("anonymous", Credentials.anonymous().user());
    assertThrows(IllegalArgumentException.class, () -> Credentials.of("", "x"));
  }

  @Test
  void activeModeChecksItsPortRange() {
    InetAddress local = InetAddress.getLoopbackAddress();
    assertThrows(IllegalArgumentException.class, () -> DataConnectionMode.active(local, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> DataConnectionMode.active(local, 20, 10));
    assertThrows(IllegalArgumentException.class, () -> DataConnectionMode.active(local, 1, 65536));
    DataConnectionMode.Active active = (DataConnectionMode.Active) DataConnectionMode.active(local, 1, 65535);
    assertEquals(Optional.of(local), active.bindAddress());
  }

  @Test
  void transferOptionsChangeOneThingAtATime() {
    TransferOptions options =
        TransferOptions.defaults()
            .withType(RepresentationType.ASCII)
            .withResume(true)
            .withPreservedModificationTime(true)
            .withVerification(Verification.REQUIRED);
    assertEquals(RepresentationType.ASCII, options.type());
    assertTrue(options.resume());
    assertTrue(options.preserveModificationTime());
    assertEquals(Verification.REQUIRED, options.verification());
    assertEquals(RepresentationType.IMAGE, TransferOptions.defaults().type());
    assertEquals(Verification.IF_OFFERED, TransferOptions.defaults().verification());
    assertThrows(
        IllegalArgumentException.class,
        () -> TransferOptions.defaults().withType(new RepresentationType.Local(36)));
  }

  @Test
  void progressComputesRateAndTimeLeft() {
    TransferProgress half =
        new TransferProgress(
            "f", TransferProgress.Direction.DOWNLOAD, 100, 400, OptionalLong.of(900),
            Duration.ofSeconds(2), false);
    assertEquals(200.0, half.bytesPerSecond());
    assertEquals(500, half.position());
    assertEquals(Optional.of(Duration.ofSeconds(2)), half.remaining());
    TransferProgress unknown =
        new TransferProgress(
            "f", TransferProgress.Direction.UPLOAD, 0, 0, OptionalLong.empty(), Duration.ZERO, false);
    assertEquals(0.0, unknown.bytesPerSecond());
    assertEquals(Optional.empty(), unknown.remaining());
    assertThrows(
        IllegalArgumentException.class,
        () -> new TransferProgress(
            "f", TransferProgress.Direction.UPLOAD, 0, -1, OptionalLong.empty(), Duration.ZERO, true));
  }

  @Test
  void resultsAndFiles() {
    TransferResult result = new TransferResult(10, 5, Duration.ofMillis(3), Optional.of(HashAlgorithm.MD5));
    assertEquals(15, result.fileSize());
    assertThrows(
        IllegalArgumentException.class,
        () -> new TransferResult(-1, 0, Duration.ZERO, Optional.empty()));
    RemoteFile link =
        new RemoteFile("/a/l", ListingEntry.builder("l", EntryType.SYMLINK).linkTarget("t").build());
    assertTrue(link.isSymbolicLink());
    assertFalse(link.isFile());
    assertFalse(link.isDirectory());
    assertEquals("l", link.name());
    assertEquals("/", new RemoteFile("/", ListingEntry.builder("/", EntryType.DIRECTORY).build()).name());
  }

  @Test
  void verificationFailureSaysWhatDiffered() {
    FtpVerificationException e =
        new FtpVerificationException("/f", HashAlgorithm.SHA_256, "aa", "bb");
    assertEquals(HashAlgorithm.SHA_256, e.algorithm());
    assertEquals("aa", e.expected());
    assertEquals("bb", e.actual());
    assertTrue(e.getMessage().contains("/f"));
  }

  @Test
  void readsListingLinesInAnyEncoding() throws IOException {
    byte[] bytes = {'a', '\r', '\n', (byte) 0xE9, '\n', 'z'};
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    assertEquals("a", reader.next());
    assertEquals("é", reader.next()); // not UTF-8: read as ISO-8859-1
    assertEquals("z", reader.next());
    assertEquals(null, reader.next());
    byte[] endless = new byte[LineReader.MAX_LINE + 1];
    LineReader longLine = new LineReader(new ByteArrayInputStream(endless), StandardCharsets.UTF_8);
    assertThrows(FtpException.class, longLine::next);
  }
}
