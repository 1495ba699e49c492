package dev.ferry.ftp.server.internal.session;

import dev.ferry.ftp.protocol.param.FileStructure;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import java.util.Objects;

/**
 * How file data is represented on the data connection: TYPE, STRU and MODE (RFC 959 §3.1–§3.4).
 *
 * @param type the representation type
 * @param structure the file structure
 * @param mode the transmission mode
 */
public record TransferParameters(
    RepresentationType type, FileStructure structure, TransmissionMode mode) {
  /** The defaults of RFC 959 §5.1: ASCII non-print, file structure, stream mode. */
  public static final TransferParameters DEFAULT = new TransferParameters(
      RepresentationType.ASCII, FileStructure.FILE, TransmissionMode.STREAM);

  /** Checks the values. */
  public TransferParameters {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(mode, "mode");
  }

  /**
   * Returns a copy with another type.
   *
   * @param type the type
   * @return the new parameters
   */
  public TransferParameters withType(RepresentationType type) {
    return new TransferParameters(type, structure, mode);
  }

  /**
   * Returns a copy with another structure.
   *
   * @param structure the structure
   * @return the new parameters
   */
  public TransferParameters withStructure(FileStructure structure) {
    return new TransferParameters(type, structure, mode);
  }

  /**
   * Returns a copy with another mode.
   *
   * @param mode the mode
   * @return the new parameters
   */
  public TransferParameters withMode(TransmissionMode mode) {
    return new TransferParameters(type, structure, mode);
  }

  /**
   * Tells whether a file's bytes go over the wire exactly as stored: a binary type in stream mode
   * and file structure. Only then may a transfer use zero-copy.
   *
   * @return whether no transform applies
   */
  public boolean isUnchangedBytes() {
    return type.isBinary() && mode == TransmissionMode.STREAM && structure == FileStructure.FILE;
  }
}
