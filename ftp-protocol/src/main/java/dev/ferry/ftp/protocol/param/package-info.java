/**
 * Argument grammars of FTP commands and extensions: TYPE, STRU and MODE (RFC 959 §3.1, §3.4),
 * time values of MDTM/MFMT/MFCT (RFC 3659 §2.3), the FEAT reply (RFC 2389), HOST (RFC 7151) and
 * HASH with RANG (draft-bryan-ftpext-hash).
 */
package dev.ferry.ftp.protocol.param;
