package dev.ferry.ftp.server.internal.session;

import dev.ferry.ftp.protocol.listing.Fact;
import dev.ferry.ftp.protocol.param.ByteRange;
import dev.ferry.ftp.protocol.param.HashAlgorithm;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a client chose for the extension commands, kept per session: the MLSx facts (OPTS MLST,
 * RFC 3659 §7.9), the HASH algorithm (OPTS HASH) and range (RANG), the client's name (CLNT) and
 * the virtual host (HOST, RFC 7151). Empty means "the server's default". REIN resets them all.
 * Confined to the session's control thread, like {@link Session}.
 */
public final class ClientOptions {
  private Set<Fact> mlstFacts;
  private HashAlgorithm hashAlgorithm;
  private ByteRange hashRange;
  private String clientName;
  private String host;

  ClientOptions() {}

  /** Returns the facts OPTS MLST selected. @return the facts, or empty for the defaults */
  public Optional<Set<Fact>> mlstFacts() {
    return Optional.ofNullable(mlstFacts);
  }

  /** Sets the facts OPTS MLST selected. @param facts the facts, possibly none */
  public void mlstFacts(Set<Fact> facts) {
    mlstFacts = Collections.unmodifiableSet(
        facts.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(facts));
  }

  /** Returns the algorithm OPTS HASH chose. @return the algorithm, or empty for the default */
  public Optional<HashAlgorithm> hashAlgorithm() {
    return Optional.ofNullable(hashAlgorithm);
  }

  /** Sets the HASH algorithm. @param algorithm the algorithm */
  public void hashAlgorithm(HashAlgorithm algorithm) {
    hashAlgorithm = algorithm;
  }

  /** Returns the range RANG set. @return the range, or empty for whole files */
  public Optional<ByteRange> hashRange() {
    return Optional.ofNullable(hashRange);
  }

  /** Sets or resets the range. @param range the range, or {@code null} for whole files */
  public void hashRange(ByteRange range) {
    hashRange = range;
  }

  /** Returns the name CLNT gave. @return the name, or empty */
  public Optional<String> clientName() {
    return Optional.ofNullable(clientName);
  }

  /** Records the client's name. @param name the name */
  public void clientName(String name) {
    clientName = name;
  }

  /** Returns the virtual host HOST chose. @return the host, or empty */
  public Optional<String> host() {
    return Optional.ofNullable(host);
  }

  /** Records the virtual host. @param name the host as the client named it */
  public void host(String name) {
    host = name;
  }

  /** Forgets every choice (REIN, RFC 959 §4.1.1; RFC 7151 §3.3). */
  void reset() {
    mlstFacts = null;
    hashAlgorithm = null;
    hashRange = null;
    clientName = null;
    host = null;
  }
}
