package dev.ferry.ftp.client;

/**
 * Whether a file transfer checks the copy against a checksum the server computes: HASH
 * (draft-bryan-ftpext-hash-02) or the older XSHA256, XSHA1, XMD5 and XCRC commands.
 */
public enum Verification {
  /** Never ask the server for a checksum. */
  NONE,
  /** Verify when the server offers a checksum the client can compute too; else skip quietly. */
  IF_OFFERED,
  /** Verify, and fail with {@link FtpException} when the server offers no checksum. */
  REQUIRED
}
