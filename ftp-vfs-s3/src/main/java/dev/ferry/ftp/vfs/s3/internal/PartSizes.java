package dev.ferry.ftp.vfs.s3.internal;

/**
 * The size of each part of a multipart upload whose total length is unknown in advance. Parts
 * 1–1,000 have the configured size; the size doubles every 1,000 parts after that, and parts
 * 9,001–10,000 have S3's maximum of 5 GiB. So the 10,000-part limit is never reached below 7 TiB
 * even from the smallest first part (5 MiB), while every file up to 1,000 parts (8 GiB at the
 * default 8 MiB) keeps the small part size and its small memory footprint.
 */
final class PartSizes {
  /** S3's limit on the number of parts in one upload. */
  static final int MAX_PARTS = 10_000;

  private final long first;
  private final int growEvery;

  /**
   * Creates the schedule.
   *
   * @param first the size of the first part, between 5 MiB and 5 GiB
   * @param growEvery how many parts keep a size before it doubles (1,000 except in tests)
   */
  PartSizes(long first, int growEvery) {
    this.first = first;
    this.growEvery = growEvery;
  }

  /**
   * Returns the size of a part.
   *
   * @param part the part number, from 1 to {@value #MAX_PARTS}
   * @return its size in bytes
   */
  long size(int part) {
    if (part > MAX_PARTS - growEvery) {
      return S3Settings.MAX_PART;
    }
    int doublings = Math.min((part - 1) / growEvery, 30);
    return Math.min(S3Settings.MAX_PART, first << doublings);
  }

  /**
   * Returns how many bytes parts 1 to {@code parts} hold together.
   *
   * @param parts a number of parts, up to {@value #MAX_PARTS}
   * @return their total size
   */
  long capacity(int parts) {
    long total = 0;
    for (int part = 1; part <= parts; part++) {
      total += size(part);
    }
    return total;
  }
}
