/**
 * Transfers on their own virtual threads: the per-session slot, the runner, the jobs (RETR, STOR),
 * the encodings chosen from TYPE/STRU/MODE, zero-copy, and the stall watchdog.
 */
package dev.ferry.ftp.server.internal.transfer;
