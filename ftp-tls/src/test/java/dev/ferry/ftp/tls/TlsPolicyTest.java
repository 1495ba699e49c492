package dev.ferry.ftp.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TlsPolicyTest {
  private static SSLContext context;

  @BeforeAll
  static void createContext() throws Exception {
    context = SSLContext.getInstance("TLS");
    context.init(null, null, null);
  }

  @Test
  void presetsAreSecureByDefault() {
    for (TlsPolicy preset :
        List.of(TlsPolicy.MODERN, TlsPolicy.INTERMEDIATE, TlsPolicy.COMPATIBLE)) {
      assertEquals(TlsMode.EXPLICIT, preset.mode());
      assertTrue(preset.controlRequired());
      assertTrue(preset.dataRequired());
      assertEquals(ClientAuth.NONE, preset.clientAuth());
      assertEquals(SessionReuse.WARN, preset.sessionReuse());
      assertFalse(preset.protocols().contains("TLSv1.1"));
      assertTrue(
          preset.cipherSuites().stream().noneMatch(s -> s.startsWith("TLS_RSA_")),
          preset.toString());
    }
    assertEquals(List.of("TLSv1.3"), TlsPolicy.MODERN.protocols());
    assertEquals(List.of("TLSv1.3", "TLSv1.2"), TlsPolicy.INTERMEDIATE.protocols());
    assertSame(TlsPolicy.INTERMEDIATE, TlsPolicy.DEFAULT);
    assertEquals(TlsMode.OFF, TlsPolicy.DISABLED.mode());
    assertFalse(TlsPolicy.DISABLED.controlRequired());
    assertFalse(TlsPolicy.DISABLED.dataRequired());
  }

  @Test
  void intermediateHasOnlyForwardSecretAeadSuites() {
    for (String suite : TlsPolicy.INTERMEDIATE.cipherSuites()) {
      boolean tls13 = !suite.contains("_WITH_");
      assertTrue(tls13 || suite.startsWith("TLS_ECDHE_"), suite);
      assertTrue(suite.contains("_GCM_") || suite.contains("CHACHA20_POLY1305"), suite);
    }
    assertTrue(
        TlsPolicy.COMPATIBLE.cipherSuites().containsAll(TlsPolicy.INTERMEDIATE.cipherSuites()));
    assertTrue(TlsPolicy.COMPATIBLE.cipherSuites().contains("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"));
  }

  @Test
  void everyPresetIsFullySupportedByThisJdk() {
    for (TlsPolicy preset :
        List.of(TlsPolicy.MODERN, TlsPolicy.INTERMEDIATE, TlsPolicy.COMPATIBLE)) {
      SSLParameters parameters = preset.sslParameters(context);
      assertEquals(preset.protocols(), List.of(parameters.getProtocols()));
      assertEquals(preset.cipherSuites(), List.of(parameters.getCipherSuites()));
      assertTrue(parameters.getUseCipherSuitesOrder());
      assertFalse(parameters.getNeedClientAuth());
      assertFalse(parameters.getWantClientAuth());
    }
  }

  @Test
  void builderRoundTripsAndChangesOneField() {
    TlsPolicy policy =
        TlsPolicy.builder()
            .mode(TlsMode.IMPLICIT)
            .dataRequired(false)
            .protocols("TLSv1.2")
            .cipherSuites("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384")
            .clientAuth(ClientAuth.OPTIONAL)
            .sessionReuse(SessionReuse.REQUIRE)
            .build();
    assertEquals(TlsMode.IMPLICIT, policy.mode());
    assertFalse(policy.dataRequired());
    assertEquals(List.of("TLSv1.2"), policy.protocols());
    assertEquals(ClientAuth.OPTIONAL, policy.clientAuth());
    assertEquals(SessionReuse.REQUIRE, policy.sessionReuse());
    assertEquals(policy, policy.toBuilder().build());
    assertEquals(policy.hashCode(), policy.toBuilder().build().hashCode());
    assertNotEquals(policy, policy.toBuilder().sessionReuse(SessionReuse.OFF).build());
    assertNotEquals(policy, "policy");
    assertEquals(TlsPolicy.DEFAULT, TlsPolicy.builder().build());
    assertTrue(policy.toString().contains("sessionReuse=REQUIRE"), policy.toString());
  }

  @Test
  void listsAreCopiedAndImmutable() {
    List<String> protocols = new java.util.ArrayList<>(List.of("TLSv1.3"));
    TlsPolicy.Builder builder =
        TlsPolicy.builder().protocols(protocols).cipherSuites("TLS_AES_128_GCM_SHA256");
    protocols.add("TLSv1.2");
    TlsPolicy policy = builder.build();
    assertEquals(List.of("TLSv1.3"), policy.protocols());
    assertThrows(UnsupportedOperationException.class, () -> policy.cipherSuites().add("x"));
  }

  @Test
  void clientAuthBecomesWantOrNeed() {
    SSLParameters optional =
        TlsPolicy.builder().clientAuth(ClientAuth.OPTIONAL).build().sslParameters(context);
    assertTrue(optional.getWantClientAuth());
    assertFalse(optional.getNeedClientAuth());
    SSLParameters required =
        TlsPolicy.builder().clientAuth(ClientAuth.REQUIRED).build().sslParameters(context);
    assertTrue(required.getNeedClientAuth());
  }

  static Stream<Arguments> invalidPolicies() {
    return Stream.of(
        bad("controlRequired", b -> b.mode(TlsMode.OFF).dataRequired(false)),
        bad("dataRequired", b -> b.mode(TlsMode.OFF).controlRequired(false)),
        bad("controlRequired", b -> b.mode(TlsMode.IMPLICIT).controlRequired(false)),
        bad("protocols", b -> b.protocols()),
        bad("protocols", b -> b.protocols("SSLv3")),
        bad("protocols", b -> b.protocols("SSLv2Hello", "TLSv1.3")),
        bad("protocols", b -> b.protocols("TLS1.2")),
        bad("protocols", b -> b.protocols("TLSv1.3", "TLSv1.3")),
        bad("protocols", b -> b.protocols("TLSv1.3", " ")),
        bad("protocols", b -> b.protocols(java.util.Arrays.asList("TLSv1.3", null))),
        bad("cipherSuites", b -> b.cipherSuites()),
        bad("cipherSuites", b -> b.cipherSuites("ECDHE-RSA-AES128-GCM-SHA256")),
        bad("cipherSuites", b -> b.cipherSuites("tls_aes_128_gcm_sha256")),
        bad(
            "cipherSuites",
            b -> b.protocols("TLSv1.3").cipherSuites("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")),
        bad(
            "cipherSuites",
            b -> b.protocols("TLSv1.3", "TLSv1.2").cipherSuites("TLS_AES_128_GCM_SHA256")));
  }

  private static Arguments bad(String field, UnaryOperator<TlsPolicy.Builder> change) {
    return Arguments.of(field, change);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidPolicies")
  void validationNamesTheBadField(String field, UnaryOperator<TlsPolicy.Builder> change) {
    TlsConfigurationException e =
        assertThrows(
            TlsConfigurationException.class, () -> change.apply(TlsPolicy.builder()).build());
    assertTrue(e.getMessage().startsWith("TlsPolicy." + field + ": "), e.getMessage());
  }

  @Test
  void offWithoutRequirementsIsValid() {
    TlsPolicy off =
        TlsPolicy.builder().mode(TlsMode.OFF).controlRequired(false).dataRequired(false).build();
    assertEquals(TlsMode.OFF, off.mode());
  }

  @Test
  void oldProtocolsAreAllowedWhenNamedButTheJdkRefusesThemWithAClearMessage() {
    TlsPolicy old =
        TlsPolicy.builder()
            .protocols("TLSv1.1", "TLSv1")
            .cipherSuites("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")
            .build();
    assertEquals(List.of("TLSv1.1", "TLSv1"), old.protocols());
    TlsConfigurationException e =
        assertThrows(TlsConfigurationException.class, () -> old.sslParameters(context));
    assertTrue(
        e.getMessage().startsWith("TlsPolicy.protocols: none of [TLSv1.1, TLSv1]"), e.getMessage());
    assertTrue(e.getMessage().contains("jdk.tls.disabledAlgorithms"), e.getMessage());
  }

  @Test
  void intersectionKeepsWhatTheJdkHasAndDropsTheRest() {
    TlsPolicy mixed =
        TlsPolicy.builder()
            .protocols("TLSv1.3", "TLSv1.1")
            .cipherSuites("TLS_AES_128_GCM_SHA256", "TLS_FERRY_WITH_NOTHING_SHA1")
            .build();
    SSLParameters parameters = mixed.sslParameters(context);
    assertArrayEquals(new String[] {"TLSv1.3"}, parameters.getProtocols());
    assertArrayEquals(new String[] {"TLS_AES_128_GCM_SHA256"}, parameters.getCipherSuites());
  }

  @Test
  void unsupportedSuitesFailWithWhatTheJdkOffers() {
    TlsPolicy unknown =
        TlsPolicy.builder().protocols("TLSv1.3").cipherSuites("TLS_AES_512_FANTASY_SHA1").build();
    TlsConfigurationException e =
        assertThrows(TlsConfigurationException.class, () -> unknown.sslParameters(context));
    assertTrue(
        e.getMessage().startsWith("TlsPolicy.cipherSuites: none of [TLS_AES_512_FANTASY_SHA1]"),
        e.getMessage());
    assertTrue(e.getMessage().contains("TLS_AES_128_GCM_SHA256"), e.getMessage());
  }

  @Test
  void aProtocolLeftWithoutASupportedSuiteIsAnError() {
    // Both suites are well-formed; the JDK lacks the TLS 1.2 one, leaving TLS 1.2 without a suite.
    TlsPolicy policy =
        TlsPolicy.builder()
            .protocols("TLSv1.3", "TLSv1.2")
            .cipherSuites("TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_FANTASY_SHA1")
            .build();
    TlsConfigurationException e =
        assertThrows(TlsConfigurationException.class, () -> policy.sslParameters(context));
    assertTrue(e.getMessage().contains("can be used with TLSv1.2"), e.getMessage());
  }

  @Test
  void nullsAreRejected() throws NoSuchAlgorithmException {
    assertThrows(NullPointerException.class, () -> TlsPolicy.builder().mode(null));
    assertThrows(NullPointerException.class, () -> TlsPolicy.builder().clientAuth(null));
    assertThrows(NullPointerException.class, () -> TlsPolicy.builder().sessionReuse(null));
    assertThrows(NullPointerException.class, () -> TlsPolicy.DEFAULT.sslParameters(null));
  }
}
