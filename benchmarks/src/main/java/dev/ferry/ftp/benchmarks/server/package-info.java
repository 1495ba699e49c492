/**
 * End-to-end load benchmarks of the FTP server over loopback: plain {@code main} programs with a
 * minimal client of their own (no client-side parsing in the measurement), run against Ferry in
 * the same JVM or against another server (vsftpd) at an address. Results and the commands that
 * produced them: {@code docs/benchmarks.md}, section "Server end to end".
 */
package dev.ferry.ftp.benchmarks.server;
