package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.protocol.param.FileStructure;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import dev.ferry.ftp.protocol.transfer.AsciiType;
import dev.ferry.ftp.protocol.transfer.BlockMode;
import dev.ferry.ftp.protocol.transfer.ByteTransform;
import dev.ferry.ftp.protocol.transfer.CompressedMode;
import dev.ferry.ftp.protocol.transfer.DeflateMode;
import dev.ferry.ftp.protocol.transfer.EbcdicType;
import dev.ferry.ftp.protocol.transfer.LineSeparator;
import dev.ferry.ftp.protocol.transfer.RecordStructure;
import dev.ferry.ftp.protocol.transfer.Transforms;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How file data is represented on the data connection: TYPE, STRU and MODE (RFC 959 §3.1–§3.4),
 * and the one place that turns them into the streaming transforms of
 * {@code dev.ferry.ftp.protocol.transfer}. Local files keep LF line ends; EBCDIC is code page 037.
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

  private static final LineSeparator LOCAL_LINES = LineSeparator.LF;
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] EBCDIC_NL = {0x15};
  private static final byte[] LF = {'\n'};

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

  /**
   * Returns the transform from a stored file to the wire: the type's encoder, then the record
   * structure's (lines become records), then the mode's.
   *
   * @return a new transform, or empty when the bytes pass unchanged
   */
  public Optional<ByteTransform> sendTransform() {
    List<ByteTransform> stages = new ArrayList<>(2);
    switch (type) {
      case RepresentationType.Ascii ascii -> stages.add(AsciiType.encoder());
      case RepresentationType.Ebcdic ebcdic -> stages.add(EbcdicType.ibm037().encoder());
      case RepresentationType.Image image -> { }
      case RepresentationType.Local local -> { }
    }
    if (structure == FileStructure.RECORD) {
      stages.add(RecordStructure.encoder(wireLineEnd()));
    }
    modeEncoder().ifPresent(stages::add);
    return chain(stages);
  }

  /**
   * Returns the transform from the wire to a stored file: the mode's decoder, then the record
   * structure's, then the type's.
   *
   * @return a new transform, or empty when the bytes pass unchanged
   */
  public Optional<ByteTransform> receiveTransform() {
    List<ByteTransform> stages = new ArrayList<>(2);
    switch (mode) {
      case STREAM -> { }
      case BLOCK -> stages.add(BlockMode.decoder());
      case COMPRESSED -> stages.add(CompressedMode.decoder(filler()));
      case DEFLATE -> stages.add(DeflateMode.decoder());
    }
    if (structure == FileStructure.RECORD) {
      stages.add(RecordStructure.decoder(wireLineEnd()));
    }
    switch (type) {
      case RepresentationType.Ascii ascii -> stages.add(AsciiType.decoder(LOCAL_LINES));
      case RepresentationType.Ebcdic ebcdic ->
          stages.add(EbcdicType.ibm037().decoder(LOCAL_LINES));
      case RepresentationType.Image image -> { }
      case RepresentationType.Local local -> { }
    }
    return chain(stages);
  }

  /**
   * Returns the transform for a listing, whose lines are NVT-ASCII already: the mode's encoder
   * only.
   *
   * @return a new transform, or empty in stream mode
   */
  public Optional<ByteTransform> listingTransform() {
    return modeEncoder();
  }

  private Optional<ByteTransform> modeEncoder() {
    return switch (mode) {
      case STREAM -> Optional.empty();
      case BLOCK -> Optional.of(BlockMode.encoder());
      case COMPRESSED -> Optional.of(CompressedMode.encoder(filler()));
      case DEFLATE -> Optional.of(DeflateMode.encoder());
    };
  }

  /**
   * How a line ends on the wire in this type, where record structure turns it into an end of
   * record: CRLF in TYPE A, NL in TYPE E (code page 037's default), LF in a binary type.
   */
  private byte[] wireLineEnd() {
    return switch (type) {
      case RepresentationType.Ascii ascii -> CRLF;
      case RepresentationType.Ebcdic ebcdic -> EBCDIC_NL;
      case RepresentationType.Image image -> LF;
      case RepresentationType.Local local -> LF;
    };
  }

  /** RFC 959 §3.4.3: the filler of compressed mode is the type's space, or zero. */
  private CompressedMode.Filler filler() {
    return switch (type) {
      case RepresentationType.Ascii ascii -> CompressedMode.Filler.ASCII;
      case RepresentationType.Ebcdic ebcdic -> CompressedMode.Filler.EBCDIC;
      case RepresentationType.Image image -> CompressedMode.Filler.ZERO;
      case RepresentationType.Local local -> CompressedMode.Filler.ZERO;
    };
  }

  private static Optional<ByteTransform> chain(List<ByteTransform> stages) {
    return stages.isEmpty()
        ? Optional.empty()
        : Optional.of(Transforms.chain(stages.toArray(ByteTransform[]::new)));
  }
}
