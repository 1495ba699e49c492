package dev.ferry.ftp.tls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * What a listener or a client offers and requires of TLS: an immutable value with named presets and
 * a {@linkplain #toBuilder() builder}, in the shape of OkHttp's {@code ConnectionSpec}.
 *
 * <p>The presets differ only in protocols and cipher suites (they follow Mozilla's server-side TLS
 * levels); all of them use {@link TlsMode#EXPLICIT}, require TLS on the control and the data
 * connections, ask for no client certificate and {@linkplain SessionReuse#WARN warn} about data
 * connections that do not resume the control session. Secure by default: a policy that accepts
 * clear-text logins is one that says so.
 *
 * <pre>{@code
 * TlsPolicy policy = TlsPolicy.DEFAULT.toBuilder()
 *     .mode(TlsMode.IMPLICIT)
 *     .sessionReuse(SessionReuse.REQUIRE)
 *     .build();
 * SSLParameters parameters = policy.sslParameters(context); // fails early if the JVM can't
 * }</pre>
 *
 * <p>Building validates every field and names the bad one; {@link #sslParameters} intersects the
 * protocols and suites with what the JVM's TLS provider can actually negotiate.
 */
public final class TlsPolicy {
  private static final List<String> TLS13_SUITES =
      List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256");

  /** Forward-secret AEAD suites for TLS 1.2: Mozilla's "intermediate" set, ECDHE only. */
  private static final List<String> TLS12_AEAD_SUITES =
      List.of(
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

  /**
   * Still forward-secret, but CBC or finite-field DHE: what Windows 7 / Server 2008 R2 SChannel
   * (which has ECDHE_RSA only with CBC) and old embedded scan-to-FTP devices can negotiate.
   */
  private static final List<String> TLS12_LEGACY_SUITES =
      List.of(
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA");

  /** Protocol names a policy may list, newest first. SSL 3.0 and SSLv2Hello are never allowed. */
  private static final List<String> KNOWN_PROTOCOLS =
      List.of("TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1");

  private static final Pattern SUITE_NAME = Pattern.compile("TLS_[A-Z0-9_]+");

  /** TLS 1.3 only, with its three AEAD suites. For clients and servers that are all current. */
  public static final TlsPolicy MODERN =
      new Builder().protocols("TLSv1.3").cipherSuites(TLS13_SUITES).build();

  /**
   * TLS 1.3 and 1.2; TLS 1.2 with forward-secret AEAD suites (ECDHE with AES-GCM or
   * ChaCha20-Poly1305) only. Every maintained FTP client negotiates one of them.
   */
  public static final TlsPolicy INTERMEDIATE =
      new Builder()
          .protocols("TLSv1.3", "TLSv1.2")
          .cipherSuites(concat(TLS13_SUITES, TLS12_AEAD_SUITES))
          .build();

  /**
   * {@link #INTERMEDIATE} plus forward-secret CBC and DHE suites on TLS 1.2, for old Windows
   * (SChannel) clients and embedded devices. Still no TLS 1.1 or older and no static-RSA key
   * exchange; use it only for a listener that has such clients.
   */
  public static final TlsPolicy COMPATIBLE =
      new Builder()
          .protocols("TLSv1.3", "TLSv1.2")
          .cipherSuites(concat(TLS13_SUITES, TLS12_AEAD_SUITES, TLS12_LEGACY_SUITES))
          .build();

  /** The recommended policy; today {@link #INTERMEDIATE}. */
  public static final TlsPolicy DEFAULT = INTERMEDIATE;

  /** No TLS at all ({@link TlsMode#OFF}); the crypto fields keep {@link #DEFAULT}'s values. */
  public static final TlsPolicy DISABLED =
      DEFAULT.toBuilder()
          .mode(TlsMode.OFF)
          .controlRequired(false)
          .dataRequired(false)
          .sessionReuse(SessionReuse.OFF)
          .build();

  private final TlsMode mode;
  private final boolean controlRequired;
  private final boolean dataRequired;
  private final List<String> protocols;
  private final List<String> cipherSuites;
  private final ClientAuth clientAuth;
  private final SessionReuse sessionReuse;

  private TlsPolicy(Builder builder) {
    this.mode = builder.mode;
    this.controlRequired = builder.controlRequired;
    this.dataRequired = builder.dataRequired;
    this.protocols = List.copyOf(builder.protocols);
    this.cipherSuites = List.copyOf(builder.cipherSuites);
    this.clientAuth = builder.clientAuth;
    this.sessionReuse = builder.sessionReuse;
  }

  /**
   * Returns a builder that starts from {@link #DEFAULT}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return DEFAULT.toBuilder();
  }

  /**
   * Returns a builder that starts from this policy's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns how TLS is offered on the control connection.
   *
   * @return the mode
   */
  public TlsMode mode() {
    return mode;
  }

  /**
   * Returns whether a server refuses {@code USER} and {@code PASS} before {@code AUTH TLS} (RFC
   * 4217; a server replies 530 or 534). Always true for {@link TlsMode#IMPLICIT}.
   *
   * @return whether TLS is required on the control connection
   */
  public boolean controlRequired() {
    return controlRequired;
  }

  /**
   * Returns whether a server refuses clear-text data connections ({@code PROT C} is answered 521 or
   * 522) and a client insists on {@code PROT P}.
   *
   * @return whether TLS is required on data connections
   */
  public boolean dataRequired() {
    return dataRequired;
  }

  /**
   * Returns the TLS protocol names, in JSSE spelling ({@code TLSv1.3}, {@code TLSv1.2}, …).
   *
   * @return the protocols, immutable, never empty
   */
  public List<String> protocols() {
    return protocols;
  }

  /**
   * Returns the cipher suite names (IANA names as JSSE spells them), in order of preference.
   *
   * @return the cipher suites, immutable, never empty
   */
  public List<String> cipherSuites() {
    return cipherSuites;
  }

  /**
   * Returns whether a server asks for client certificates.
   *
   * @return the client-certificate rule
   */
  public ClientAuth clientAuth() {
    return clientAuth;
  }

  /**
   * Returns the rule for TLS session reuse on data connections.
   *
   * @return the session-reuse rule
   */
  public SessionReuse sessionReuse() {
    return sessionReuse;
  }

  /**
   * Returns this policy as {@link SSLParameters} for sockets and engines of {@code context}: the
   * policy's protocols and cipher suites that the context's provider supports and the JVM's
   * security policy ({@code jdk.tls.disabledAlgorithms}) allows, in the policy's order; the
   * server's suite order preferred; client certificates wanted or needed per {@link #clientAuth()}.
   *
   * @param context the context whose sockets the parameters are for
   * @return fresh parameters, owned by the caller
   * @throws TlsConfigurationException if no protocol or no cipher suite is left, or a protocol is
   *     left without a suite, naming the field and what the JVM offers instead
   */
  public SSLParameters sslParameters(SSLContext context) {
    Objects.requireNonNull(context, "context");
    List<String> available = availableProtocols(context);
    List<String> usableProtocols = intersect(protocols, available);
    if (usableProtocols.isEmpty()) {
      throw new TlsConfigurationException(
          "TlsPolicy.protocols: none of "
              + protocols
              + " is enabled in this JVM (it allows "
              + available
              + "; see the jdk.tls.disabledAlgorithms security property)");
    }
    List<String> supportedSuites =
        Arrays.asList(context.getSupportedSSLParameters().getCipherSuites());
    List<String> usableSuites = intersect(cipherSuites, supportedSuites);
    if (usableSuites.isEmpty()) {
      throw new TlsConfigurationException(
          "TlsPolicy.cipherSuites: none of "
              + cipherSuites
              + " is supported by this JVM's TLS provider (it supports "
              + supportedSuites
              + ")");
    }
    checkEachProtocolHasSuite(usableProtocols, usableSuites);

    SSLParameters parameters = new SSLParameters();
    parameters.setProtocols(usableProtocols.toArray(String[]::new));
    parameters.setCipherSuites(usableSuites.toArray(String[]::new));
    parameters.setUseCipherSuitesOrder(true);
    if (clientAuth == ClientAuth.REQUIRED) {
      parameters.setNeedClientAuth(true);
    } else if (clientAuth == ClientAuth.OPTIONAL) {
      parameters.setWantClientAuth(true);
    }
    return parameters;
  }

  private static List<String> availableProtocols(SSLContext context) {
    // Supported protocols include ones the security policy disables (TLSv1.1, SSLv3); the
    // defaults of both roles are the supported ones the policy allows.
    SSLEngine server = context.createSSLEngine();
    server.setUseClientMode(false);
    Set<String> enabled = new LinkedHashSet<>(Arrays.asList(server.getEnabledProtocols()));
    enabled.addAll(Arrays.asList(context.getDefaultSSLParameters().getProtocols()));
    return intersect(
        Arrays.asList(context.getSupportedSSLParameters().getProtocols()), List.copyOf(enabled));
  }

  private static List<String> intersect(List<String> wanted, List<String> offered) {
    List<String> result = new ArrayList<>();
    for (String name : wanted) {
      if (offered.contains(name)) {
        result.add(name);
      }
    }
    return result;
  }

  private static void checkEachProtocolHasSuite(List<String> protocols, List<String> suites) {
    boolean tls13Suite = suites.stream().anyMatch(TlsPolicy::isTls13Suite);
    boolean olderSuite = suites.stream().anyMatch(suite -> !isTls13Suite(suite));
    for (String protocol : protocols) {
      boolean tls13 = protocol.equals("TLSv1.3");
      if (tls13 ? !tls13Suite : !olderSuite) {
        throw new TlsConfigurationException(
            "TlsPolicy.cipherSuites: no suite in "
                + suites
                + " can be used with "
                + protocol
                + (tls13
                    ? " (TLS 1.3 needs TLS_AES_* or TLS_CHACHA20_* suites)"
                    : " (it needs TLS_ECDHE_*_WITH_* or similar suites)"));
      }
    }
  }

  /** TLS 1.3 suites name only the AEAD and hash (RFC 8446 §B.4); older ones say "_WITH_". */
  private static boolean isTls13Suite(String suite) {
    return !suite.contains("_WITH_");
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TlsPolicy that
        && mode == that.mode
        && controlRequired == that.controlRequired
        && dataRequired == that.dataRequired
        && protocols.equals(that.protocols)
        && cipherSuites.equals(that.cipherSuites)
        && clientAuth == that.clientAuth
        && sessionReuse == that.sessionReuse;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        mode, controlRequired, dataRequired, protocols, cipherSuites, clientAuth, sessionReuse);
  }

  @Override
  public String toString() {
    return "TlsPolicy[mode="
        + mode
        + ", controlRequired="
        + controlRequired
        + ", dataRequired="
        + dataRequired
        + ", protocols="
        + protocols
        + ", cipherSuites="
        + cipherSuites
        + ", clientAuth="
        + clientAuth
        + ", sessionReuse="
        + sessionReuse
        + "]";
  }

  /**
   * Builds a {@link TlsPolicy}. Setters only record; {@link #build()} validates everything and
   * names the first bad field. Not thread-safe.
   */
  public static final class Builder {
    private TlsMode mode = TlsMode.EXPLICIT;
    private boolean controlRequired = true;
    private boolean dataRequired = true;
    private List<String> protocols = List.of();
    private List<String> cipherSuites = List.of();
    private ClientAuth clientAuth = ClientAuth.NONE;
    private SessionReuse sessionReuse = SessionReuse.WARN;

    private Builder() {}

    private Builder(TlsPolicy policy) {
      mode = policy.mode;
      controlRequired = policy.controlRequired;
      dataRequired = policy.dataRequired;
      protocols = policy.protocols;
      cipherSuites = policy.cipherSuites;
      clientAuth = policy.clientAuth;
      sessionReuse = policy.sessionReuse;
    }

    /**
     * Sets how TLS is offered on the control connection.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder mode(TlsMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets whether logins are refused before {@code AUTH TLS}. Must be true for {@link
     * TlsMode#IMPLICIT} and false for {@link TlsMode#OFF}.
     *
     * @param required whether TLS is required on the control connection
     * @return this builder
     */
    public Builder controlRequired(boolean required) {
      this.controlRequired = required;
      return this;
    }

    /**
     * Sets whether data connections must be protected ({@code PROT P}). Must be false for {@link
     * TlsMode#OFF}.
     *
     * @param required whether TLS is required on data connections
     * @return this builder
     */
    public Builder dataRequired(boolean required) {
      this.dataRequired = required;
      return this;
    }

    /**
     * Sets the protocols, in JSSE spelling. {@code TLSv1.1} and {@code TLSv1} are accepted only
     * when named here (no preset has them, and the JDK disables them by default); SSL 3.0 never.
     *
     * @param protocols the protocol names
     * @return this builder
     */
    public Builder protocols(String... protocols) {
      return protocols(Arrays.asList(protocols));
    }

    /**
     * Sets the protocols, in JSSE spelling.
     *
     * @param protocols the protocol names
     * @return this builder
     * @see #protocols(String...)
     */
    public Builder protocols(List<String> protocols) {
      this.protocols = new ArrayList<>(Objects.requireNonNull(protocols, "protocols"));
      return this;
    }

    /**
     * Sets the cipher suites, in order of preference, by the names JSSE uses (e.g. {@code
     * TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}, {@code TLS_AES_256_GCM_SHA384}).
     *
     * @param cipherSuites the suite names
     * @return this builder
     */
    public Builder cipherSuites(String... cipherSuites) {
      return cipherSuites(Arrays.asList(cipherSuites));
    }

    /**
     * Sets the cipher suites, in order of preference.
     *
     * @param cipherSuites the suite names
     * @return this builder
     * @see #cipherSuites(String...)
     */
    public Builder cipherSuites(List<String> cipherSuites) {
      this.cipherSuites = new ArrayList<>(Objects.requireNonNull(cipherSuites, "cipherSuites"));
      return this;
    }

    /**
     * Sets whether a server asks for client certificates.
     *
     * @param clientAuth the client-certificate rule
     * @return this builder
     */
    public Builder clientAuth(ClientAuth clientAuth) {
      this.clientAuth = Objects.requireNonNull(clientAuth, "clientAuth");
      return this;
    }

    /**
     * Sets the rule for session reuse on data connections.
     *
     * @param sessionReuse the rule
     * @return this builder
     */
    public Builder sessionReuse(SessionReuse sessionReuse) {
      this.sessionReuse = Objects.requireNonNull(sessionReuse, "sessionReuse");
      return this;
    }

    /**
     * Validates the fields and builds the policy.
     *
     * @return the policy
     * @throws TlsConfigurationException naming the first invalid field
     */
    public TlsPolicy build() {
      if (mode == TlsMode.OFF && controlRequired) {
        throw invalid("controlRequired", "TLS cannot be required when mode is OFF");
      }
      if (mode == TlsMode.OFF && dataRequired) {
        throw invalid("dataRequired", "TLS cannot be required when mode is OFF");
      }
      if (mode == TlsMode.IMPLICIT && !controlRequired) {
        throw invalid(
            "controlRequired", "an IMPLICIT connection is always TLS, so it cannot be false");
      }
      checkNames("protocols", protocols);
      for (String protocol : protocols) {
        if (protocol.startsWith("SSL")) {
          throw invalid("protocols", protocol + " is broken (RFC 7568) and never allowed");
        }
        if (!KNOWN_PROTOCOLS.contains(protocol)) {
          throw invalid(
              "protocols",
              "unknown protocol '" + protocol + "' (expected " + KNOWN_PROTOCOLS + ")");
        }
      }
      checkNames("cipherSuites", cipherSuites);
      for (String suite : cipherSuites) {
        if (!SUITE_NAME.matcher(suite).matches()) {
          throw invalid(
              "cipherSuites",
              "'" + suite + "' is not a cipher suite name (like TLS_AES_128_GCM_SHA256)");
        }
      }
      checkEachProtocolHasSuite(protocols, cipherSuites);
      return new TlsPolicy(this);
    }

    private static void checkNames(String field, List<String> names) {
      if (names.isEmpty()) {
        throw invalid(field, "must not be empty");
      }
      Set<String> seen = new LinkedHashSet<>();
      for (String name : names) {
        if (name == null || name.isBlank()) {
          throw invalid(field, "contains a null or blank name: " + names);
        }
        if (!seen.add(name)) {
          throw invalid(field, "lists " + name + " twice");
        }
      }
    }

    private static TlsConfigurationException invalid(String field, String problem) {
      return new TlsConfigurationException("TlsPolicy." + field + ": " + problem);
    }
  }
}
