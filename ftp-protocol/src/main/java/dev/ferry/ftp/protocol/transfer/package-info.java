/**
 * Transfer encodings as streaming transforms over byte buffers, correct across buffer boundaries:
 * TYPE A (NVT-ASCII line endings) and TYPE E (EBCDIC) representations, and the MODE B (block),
 * MODE C (compressed) and MODE Z (deflate) transmission modes (RFC 959 §3.1, §3.4).
 */
package dev.ferry.ftp.protocol.transfer;
