package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.param.RepresentationType;
import java.util.Objects;

/**
 * How one transfer runs. Immutable; start from {@link #defaults()} and change what differs:
 *
 * <pre>{@code
 * session.download("logs/app.log", target,
 *     TransferOptions.defaults().withResume(true).withListener(progress -> show(progress)));
 * }</pre>
 *
 * @param type the representation type (RFC 959 §3.1.1): {@link RepresentationType#IMAGE} (binary,
 *     the default), {@link RepresentationType#ASCII} (line ends converted between CRLF on the wire
 *     and this platform's), {@link RepresentationType#EBCDIC} or {@code L 8}
 * @param listener receives progress reports
 * @param resume for file transfers: continue a partial copy instead of starting over (REST, or
 *     APPE for an upload to a server without REST STREAM)
 * @param preserveModificationTime for file transfers: give the copy the original's modification
 *     time (MFMT on the server after an upload, the MDTM time on the local file after a download)
 * @param verification for binary file transfers: whether to check the copy against a server
 *     checksum
 * @param compress whether to send the data deflated (MODE Z, draft-preston-ftpext-deflate) when
 *     the server announces {@code MODE Z} and the transfer starts at offset 0 (RFC 3659 defines
 *     REST for stream mode only); worth it for text, not for files already compressed
 */
public record TransferOptions(
    RepresentationType type,
    TransferListener listener,
    boolean resume,
    boolean preserveModificationTime,
    Verification verification,
    boolean compress) {
  private static final TransferOptions DEFAULTS =
      new TransferOptions(
          RepresentationType.IMAGE,
          TransferListener.NONE,
          false,
          false,
          Verification.IF_OFFERED,
          false);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException for a local type other than {@code L 8}, which needs a
   *     machine whose bytes are not octets
   */
  public TransferOptions {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(verification, "verification");
    if (type instanceof RepresentationType.Local(int byteSize) && byteSize != 8) {
      throw new IllegalArgumentException("only TYPE L 8 is supported, not " + type.toArgument());
    }
  }

  /**
   * Returns the defaults: binary, no listener, no resume, times not preserved, verification when
   * offered, no compression.
   *
   * @return the default options
   */
  public static TransferOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with another representation type.
   *
   * @param type the type
   * @return new options
   */
  public TransferOptions withType(RepresentationType type) {
    return new TransferOptions(
        type, listener, resume, preserveModificationTime, verification, compress);
  }

  /**
   * Returns these options with a progress listener.
   *
   * @param listener the listener
   * @return new options
   */
  public TransferOptions withListener(TransferListener listener) {
    return new TransferOptions(
        type, listener, resume, preserveModificationTime, verification, compress);
  }

  /**
   * Returns these options with resume on or off.
   *
   * @param resume whether to continue a partial copy
   * @return new options
   */
  public TransferOptions withResume(boolean resume) {
    return new TransferOptions(
        type, listener, resume, preserveModificationTime, verification, compress);
  }

  /**
   * Returns these options with modification times preserved or not.
   *
   * @param preserve whether to preserve the modification time
   * @return new options
   */
  public TransferOptions withPreservedModificationTime(boolean preserve) {
    return new TransferOptions(type, listener, resume, preserve, verification, compress);
  }

  /**
   * Returns these options with another verification policy.
   *
   * @param verification the policy
   * @return new options
   */
  public TransferOptions withVerification(Verification verification) {
    return new TransferOptions(
        type, listener, resume, preserveModificationTime, verification, compress);
  }

  /**
   * Returns these options with MODE Z compression wanted or not.
   *
   * @param compress whether to deflate the data where the server can
   * @return new options
   */
  public TransferOptions withCompression(boolean compress) {
    return new TransferOptions(
        type, listener, resume, preserveModificationTime, verification, compress);
  }
}
