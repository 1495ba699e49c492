package dev.ferry.ftp.server.internal.data;

import dev.ferry.ftp.tls.ServerTls;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLSession;

/**
 * How a transfer's data connection is protected, captured on the control thread when the transfer
 * starts: the PROT level (RFC 4217 §9) and, for {@link DataProtection#PRIVATE}, the listener's
 * TLS and the control connection's session that the data connection must resume (§10).
 *
 * @param protection the PROT level
 * @param tls the listener's TLS; present when {@code protection} is private
 * @param controlSession the control connection's TLS session; present when private
 * @param claimReuseWarning answers {@code true} once per session, to log a missed resumption once
 */
public record DataSecurity(
    DataProtection protection,
    Optional<ServerTls> tls,
    Optional<SSLSession> controlSession,
    BooleanSupplier claimReuseWarning) {
  /** Clear-text data connections. */
  public static final DataSecurity CLEAR =
      new DataSecurity(DataProtection.CLEAR, Optional.empty(), Optional.empty(), () -> false);

  /** Checks the values. */
  public DataSecurity {
    Objects.requireNonNull(protection, "protection");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(controlSession, "controlSession");
    Objects.requireNonNull(claimReuseWarning, "claimReuseWarning");
    if (protection == DataProtection.PRIVATE && (tls.isEmpty() || controlSession.isEmpty())) {
      throw new IllegalArgumentException("PROT P needs the listener's TLS and a control session");
    }
  }
}
