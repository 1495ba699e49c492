package dev.ferry.ftp.tls;

import java.util.Arrays;
import java.util.Objects;
import javax.net.ssl.SSLSession;

/**
 * Decides whether a data connection's TLS session resumed the control connection's, using only
 * public {@link SSLSession} methods, for TLS 1.2 and TLS 1.3. Works on both ends: a server checks
 * its accepted data connections ({@link SessionReuse}), a client can confirm its own.
 *
 * <p>The signal is {@link SSLSession#getCreationTime()}. SunJSSE gives a session created by a full
 * handshake the current time, and copies the creation time into every session resumed from it: from
 * its stateful cache and from a stateless ticket alike (the time is part of the encrypted ticket),
 * in TLS 1.2 and TLS 1.3, and along chains of TLS 1.3 tickets (a ticket issued on a resumed data
 * connection carries the control session's time on). Measured on JDK 25 with JSSE and OpenSSL 3.0
 * clients, with and without {@code jdk.tls.server.enableSessionTicketExtension}:
 *
 * <table class="striped">
 *   <caption>Which signals mark a resumed server-side session</caption>
 *   <thead><tr><th>Signal</th><th>TLS 1.2</th><th>TLS 1.3</th></tr></thead>
 *   <tbody>
 *     <tr><td>same {@code getCreationTime()}</td><td>yes</td><td>yes</td></tr>
 *     <tr><td>same {@code getId()}</td><td>JSSE clients only</td>
 *         <td>no: each TLS 1.3 session has its own</td></tr>
 *     <tr><td>same object, shared {@code putValue} values</td><td>stateful cache only</td>
 *         <td>stateful cache only</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Session ids are unreliable even for TLS 1.2: an OpenSSL client resuming with a ticket sends a
 * session id of its own (the ticket's hash), which JSSE echoes. A data connection that made a full
 * handshake would have to begin it in the millisecond in which the control session was created to
 * be mistaken for a resumption; in FTP the control handshake, the login and at least {@code PBSZ},
 * {@code PROT} and {@code PASV} lie between the two.
 */
public final class SessionResumption {
  private SessionResumption() {}

  /**
   * Returns whether {@code data} was resumed from {@code control} (or from a session in the same
   * resumption lineage, which only a holder of its secrets can produce).
   *
   * @param control the control connection's session
   * @param data the data connection's session, after its handshake
   * @return whether the data connection resumed the control session
   */
  public static boolean isResumption(SSLSession control, SSLSession data) {
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(data, "data");
    if (control == data) {
      return true;
    }
    if (!control.getProtocol().equals(data.getProtocol())
        || !control.getCipherSuite().equals(data.getCipherSuite())) {
      return false;
    }
    if (!data.getProtocol().equals("TLSv1.3")
        && control.getId().length > 0
        && Arrays.equals(control.getId(), data.getId())) {
      return true;
    }
    return control.getCreationTime() == data.getCreationTime();
  }
}
