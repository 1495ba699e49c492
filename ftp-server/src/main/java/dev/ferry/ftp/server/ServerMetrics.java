package dev.ferry.ftp.server;

/**
 * The server's counters since it was built, and its gauges now; read with
 * {@link FtpServer#metrics()}. Counts are of files: listings are not transfers here.
 *
 * @param sessions control connections open now
 * @param sessionsTotal control connections served since the start
 * @param loginsSucceeded successful logins
 * @param loginsFailed refused logins (unknown user or wrong password)
 * @param transfersActive transfers (files and listings) running now
 * @param uploads file uploads that ended, however they ended
 * @param downloads file downloads that ended, however they ended
 * @param transfersFailed uploads and downloads that ended aborted or failed
 * @param bytesIn file bytes received
 * @param bytesOut file bytes sent
 */
public record ServerMetrics(
    int sessions,
    long sessionsTotal,
    long loginsSucceeded,
    long loginsFailed,
    int transfersActive,
    long uploads,
    long downloads,
    long transfersFailed,
    long bytesIn,
    long bytesOut) {}
