package dev.ferry.ftp.server.internal.session;

import dev.ferry.ftp.server.internal.data.DataProtection;
import java.util.Objects;

/**
 * The session's security state (RFC 2228, RFC 4217): whether the control connection is protected
 * (after {@code AUTH TLS}), whether {@code PBSZ} was received, and the {@code PROT} level for data
 * connections. Plain FTP stays at {@link #PLAIN}; FTPS moves it forward.
 *
 * @param controlProtected whether the control connection runs over TLS
 * @param bufferSizeSet whether PBSZ was received, which PROT requires (RFC 4217 §9)
 * @param dataProtection the data protection level
 */
public record TlsState(
    boolean controlProtected, boolean bufferSizeSet, DataProtection dataProtection) {
  /** Clear text everywhere. */
  public static final TlsState PLAIN = new TlsState(false, false, DataProtection.CLEAR);

  /** Checks the values. */
  public TlsState {
    Objects.requireNonNull(dataProtection, "dataProtection");
  }
}
