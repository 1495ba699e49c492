/**
 * End-to-end throughput of FTP clients over loopback: Ferry's client next to Apache Commons Net
 * and curl, each downloading and uploading one big file and many small files from the same server
 * (Ferry's in its own JVM, or vsftpd) in the same run. Results and the commands that produced
 * them: {@code docs/benchmarks.md}, section "Client end to end".
 */
package dev.ferry.ftp.benchmarks.client;
