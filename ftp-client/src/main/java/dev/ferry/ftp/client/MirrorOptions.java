package dev.ferry.ftp.client;

import java.util.Objects;

/**
 * How a directory tree is copied by {@link FtpSessionPool#downloadTree} and {@link
 * FtpSessionPool#uploadTree}. Immutable; start from {@link #defaults()}.
 *
 * @param policy which files to copy
 * @param deleteExtraneous whether to delete what the target has and the source does not, making
 *     the target a mirror of the source
 * @param transfer how each file is transferred; with {@link
 *     TransferOptions#preserveModificationTime()} a later {@link Policy#NEWER} run skips what it
 *     copied
 */
public record MirrorOptions(Policy policy, boolean deleteExtraneous, TransferOptions transfer) {
  private static final MirrorOptions DEFAULTS =
      new MirrorOptions(Policy.ALL, false, TransferOptions.defaults());

  /** Which files of the source a tree transfer copies. */
  public enum Policy {
    /** Every file. */
    ALL,
    /** Only files the target does not have. */
    MISSING,
    /**
     * Files the target does not have, has with another size, or has with an older modification
     * time; a listing time stated to the minute or the day counts as equal to any time it covers.
     */
    NEWER
  }

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a value is null
   */
  public MirrorOptions {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(transfer, "transfer");
  }

  /**
   * Returns the defaults: copy every file, delete nothing, default transfer options.
   *
   * @return the default options
   */
  public static MirrorOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with another policy.
   *
   * @param policy which files to copy
   * @return new options
   */
  public MirrorOptions withPolicy(Policy policy) {
    return new MirrorOptions(policy, deleteExtraneous, transfer);
  }

  /**
   * Returns these options with deletion of extraneous target entries on or off.
   *
   * @param delete whether to delete what the source does not have
   * @return new options
   */
  public MirrorOptions withDeleteExtraneous(boolean delete) {
    return new MirrorOptions(policy, delete, transfer);
  }

  /**
   * Returns these options with other transfer options for each file.
   *
   * @param transfer the transfer options
   * @return new options
   */
  public MirrorOptions withTransfer(TransferOptions transfer) {
    return new MirrorOptions(policy, deleteExtraneous, transfer);
  }
}
