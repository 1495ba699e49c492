package dev.ferry.ftp.tls;

import static dev.ferry.ftp.tls.Endpoints.readLine;
import static dev.ferry.ftp.tls.Endpoints.writeLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.internal.Certificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ferry against OpenSSL, the library of curl, lftp, vsftpd and ProFTPD: key files made by the
 * {@code openssl} tool, and {@code openssl s_client} connecting to a server made by {@link
 * ServerTls}, verifying it and resuming its session. Skipped where {@code openssl} is not
 * installed. Loopback only.
 */
@EnabledIf("opensslInstalled")
@Timeout(120)
class OpenSslInteropTest {
  private static final String PASSWORD = "s3cret";

  @TempDir Path dir;

  static boolean opensslInstalled() {
    try {
      return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor()
          == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Runs a command to completion, feeding it {@code input}; returns its output. */
  private String run(String input, String... command) throws Exception {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    try (ExecutorService reader = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<String> output =
          reader.submit(
              () -> new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      process.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
      process.getOutputStream().flush();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            String.join(" ", command) + " did not finish: " + output.get(5, TimeUnit.SECONDS));
      }
      process.getOutputStream().close();
      return output.get(10, TimeUnit.SECONDS);
    }
  }

  private String openssl(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(
        process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, command + ": " + output);
    return output;
  }

  @Test
  void loadsEveryKeyFormatTheOpensslToolWrites() throws Exception {
    openssl(
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-out",
        "ec-pkcs8.pem");
    openssl(
        "genpkey",
        "-algorithm",
        "RSA",
        "-pkeyopt",
        "rsa_keygen_bits:2048",
        "-out",
        "rsa-pkcs8.pem");
    openssl("ec", "-in", "ec-pkcs8.pem", "-out", "ec-sec1.pem");
    openssl("rsa", "-in", "rsa-pkcs8.pem", "-traditional", "-out", "rsa-pkcs1.pem");
    openssl(
        "pkcs8",
        "-topk8",
        "-in",
        "ec-pkcs8.pem",
        "-v2",
        "aes-256-cbc",
        "-passout",
        "pass:" + PASSWORD,
        "-out",
        "ec-encrypted.pem");
    openssl(
        "rsa",
        "-in",
        "rsa-pkcs8.pem",
        "-traditional",
        "-aes128",
        "-passout",
        "pass:" + PASSWORD,
        "-out",
        "rsa-legacy.pem");
    for (String key : List.of("ec", "rsa")) {
      openssl(
          "req",
          "-new",
          "-x509",
          "-key",
          key + "-pkcs8.pem",
          "-subj",
          "/CN=localhost",
          "-addext",
          "subjectAltName=DNS:localhost,IP:127.0.0.1",
          "-days",
          "30",
          "-out",
          key + "-cert.pem");
      openssl(
          "pkcs12",
          "-export",
          "-in",
          key + "-cert.pem",
          "-inkey",
          key + "-pkcs8.pem",
          "-passout",
          "pass:" + PASSWORD,
          "-out",
          key + ".p12");
    }
    assertTrue(Files.readString(dir.resolve("ec-sec1.pem")).contains("BEGIN EC PRIVATE KEY"));
    assertTrue(Files.readString(dir.resolve("rsa-pkcs1.pem")).contains("BEGIN RSA PRIVATE KEY"));
    assertTrue(
        Files.readString(dir.resolve("ec-encrypted.pem")).contains("BEGIN ENCRYPTED PRIVATE KEY"));
    assertTrue(Files.readString(dir.resolve("rsa-legacy.pem")).contains("Proc-Type: 4,ENCRYPTED"));

    char[] password = PASSWORD.toCharArray();
    List<KeyMaterial> loaded =
        List.of(
            KeyMaterial.fromPem(dir.resolve("ec-cert.pem"), dir.resolve("ec-pkcs8.pem")),
            KeyMaterial.fromPem(dir.resolve("ec-cert.pem"), dir.resolve("ec-sec1.pem")),
            KeyMaterial.fromPem(
                dir.resolve("ec-cert.pem"), dir.resolve("ec-encrypted.pem"), password),
            KeyMaterial.fromPkcs12(dir.resolve("ec.p12"), password),
            KeyMaterial.fromPem(dir.resolve("rsa-cert.pem"), dir.resolve("rsa-pkcs8.pem")),
            KeyMaterial.fromPem(dir.resolve("rsa-cert.pem"), dir.resolve("rsa-pkcs1.pem")),
            KeyMaterial.fromPem(
                dir.resolve("rsa-cert.pem"), dir.resolve("rsa-legacy.pem"), password),
            KeyMaterial.fromPkcs12(dir.resolve("rsa.p12"), password));
    for (KeyMaterial material : loaded) {
      assertTrue(Certificates.isPair(material.privateKey(), material.certificate().getPublicKey()));
    }
    // The fingerprint is the one openssl prints.
    String printed = openssl("x509", "-in", "ec-cert.pem", "-noout", "-fingerprint", "-sha256");
    assertTrue(printed.contains(loaded.get(0).fingerprint()), printed);
  }

  @Test
  void opensslReadsWhatWeWrite() throws Exception {
    KeyMaterial material = SelfSignedCertificate.forHosts("localhost", "127.0.0.1").generate();
    material.writePem(dir.resolve("cert.pem"), dir.resolve("key.pem"));
    String text = openssl("x509", "-in", "cert.pem", "-noout", "-text");
    assertTrue(text.contains("DNS:localhost, IP Address:127.0.0.1"), text);
    assertTrue(text.contains("TLS Web Server Authentication"), text);
    openssl("pkey", "-in", "key.pem", "-noout");
    assertTrue(openssl("verify", "-CAfile", "cert.pem", "cert.pem").contains("cert.pem: OK"));
  }

  /** One implicit-FTPS connection from {@code openssl s_client}; returns its output. */
  private String sClient(
      ServerTls server, Loopback port, List<SSLSession> sessions, String... options)
      throws Exception {
    Future<Void> served =
        port.acceptOne(
            plain -> {
              SSLSocket tls = server.acceptImplicit(plain);
              sessions.add(tls.getSession());
              writeLine(tls.getOutputStream(), "220 Ferry ready");
              readLine(tls.getInputStream());
              ServerTls.closePromptly(tls);
              return null;
            });
    List<String> command =
        new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port.port()));
    command.addAll(List.of(options));
    // Not "QUIT": s_client ends the connection itself on a line starting with Q.
    String output = run("NOOP\n", command.toArray(String[]::new));
    served.get(20, TimeUnit.SECONDS);
    return output;
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void sClientVerifiesOurServerAndItsHostName(String protocol) throws Exception {
    Path ca = TestPki.write(dir.resolve("ca.pem"), TestPki.pem(TestPki.ca().certificate()));
    ServerTls server =
        Endpoints.server(Endpoints.policy(protocol).toBuilder().mode(TlsMode.IMPLICIT).build());
    List<SSLSession> sessions = new ArrayList<>();
    try (Loopback port = new Loopback()) {
      String output =
          sClient(
              server,
              port,
              sessions,
              "-CAfile",
              ca.toString(),
              "-verify_return_error",
              "-verify_hostname",
              "localhost",
              protocol.equals("TLSv1.3") ? "-tls1_3" : "-tls1_2");
      assertTrue(output.contains("Verify return code: 0 (ok)"), output);
      assertTrue(output.contains("220 Ferry ready"), output);
      assertEquals(protocol, sessions.get(0).getProtocol());
    }
  }

  @Test
  void sClientTrustsOurSelfSignedCertificateAsItsOwnAnchor() throws Exception {
    KeyMaterial selfSigned = SelfSignedCertificate.forHosts("localhost", "127.0.0.1").generate();
    selfSigned.writePem(dir.resolve("self.pem"), dir.resolve("self-key.pem"));
    ServerTls server =
        ServerTls.create(ServerTlsContext.create(() -> selfSigned), TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      String output =
          sClient(
              server,
              port,
              new ArrayList<>(),
              "-CAfile",
              "self.pem",
              "-verify_return_error",
              "-verify_ip",
              "127.0.0.1");
      assertTrue(output.contains("Verify return code: 0 (ok)"), output);
    }
  }

  /**
   * OpenSSL resumes with a ticket and (TLS 1.2) a session id of its own making, the SHA-256 of the
   * ticket, which JSSE echoes: the id differs from the control session's, the creation time does
   * not. This is what curl does against a Ferry server.
   */
  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void anOpensslClientsResumptionIsDetected(String protocol) throws Exception {
    Path ca = TestPki.write(dir.resolve("ca.pem"), TestPki.pem(TestPki.ca().certificate()));
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    String version = protocol.equals("TLSv1.3") ? "-tls1_3" : "-tls1_2";
    List<SSLSession> sessions = new ArrayList<>();
    try (Loopback port = new Loopback()) {
      String first =
          sClient(
              server,
              port,
              sessions,
              "-CAfile",
              ca.toString(),
              version,
              "-sess_out",
              "session.pem");
      String second =
          sClient(
              server, port, sessions, "-CAfile", ca.toString(), version, "-sess_in", "session.pem");
      String third = sClient(server, port, sessions, "-CAfile", ca.toString(), version);
      assertTrue(first.contains("New, TLSv1."), first);
      assertTrue(second.contains("Reused, TLSv1."), second);
      assertTrue(third.contains("New, TLSv1."), third);

      SSLSession control = sessions.get(0);
      assertTrue(SessionResumption.isResumption(control, sessions.get(1)), "resumed by OpenSSL");
      assertFalse(SessionResumption.isResumption(control, sessions.get(2)), "a new session");
      assertFalse(
          java.util.Arrays.equals(control.getId(), sessions.get(1).getId()),
          "the session id does not tell, even for TLS 1.2");
    }
  }

  /**
   * lftp (GnuTLS) secures every data connection with the session it took from the control
   * connection, so the same TLS 1.3 ticket is offered again and again: it must stay usable. JSSE
   * makes single-use (cached) tickets for a session with values bound to it, so the server binds
   * none; here {@code s_client} offers one saved ticket on two data connections, as lftp does.
   */
  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void oneTicketResumesOnEveryDataConnection(String protocol) throws Exception {
    Path ca = TestPki.write(dir.resolve("ca.pem"), TestPki.pem(TestPki.ca().certificate()));
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    String version = protocol.equals("TLSv1.3") ? "-tls1_3" : "-tls1_2";
    List<SSLSession> sessions = new ArrayList<>();
    try (Loopback port = new Loopback()) {
      sClient(server, port, sessions, "-CAfile", ca.toString(), version, "-sess_out", "s.pem");
      SSLSession control = sessions.get(0);
      for (int i = 0; i < 2; i++) {
        Future<Void> served =
            port.acceptOne(
                plain -> {
                  SSLSocket data = server.secureData(plain, control);
                  sessions.add(data.getSession());
                  writeLine(data.getOutputStream(), "data");
                  readLine(data.getInputStream());
                  ServerTls.closePromptly(data);
                  return null;
                });
        String output =
            run(
                "NOOP\n",
                "openssl", "s_client", "-connect", "127.0.0.1:" + port.port(), "-CAfile",
                ca.toString(), version, "-sess_in", "s.pem");
        served.get(20, TimeUnit.SECONDS);
        assertTrue(output.contains("Reused, TLSv1."), "data connection " + i + ": " + output);
        assertTrue(SessionResumption.isResumption(control, sessions.get(i + 1)));
      }
    }
  }
}
