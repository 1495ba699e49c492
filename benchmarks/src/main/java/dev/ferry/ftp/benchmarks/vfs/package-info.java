/**
 * The storage SPI's overhead: the same files read and listed through the {@code local} backend
 * (opened by scheme, as the server opens it) and through raw {@code java.nio}. The goal is an
 * overhead of at most 5 %; see {@code docs/benchmarks.md}.
 */
package dev.ferry.ftp.benchmarks.vfs;
