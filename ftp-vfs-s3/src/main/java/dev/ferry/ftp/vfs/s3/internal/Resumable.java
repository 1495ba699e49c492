package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.Part;

/**
 * An interrupted upload that REST + STOR can continue: a multipart upload left open under the key
 * (by a closed, uncommitted upload on any node: nothing is kept in memory, the store is the
 * registry) whose first parts add up to exactly the requested offset.
 *
 * @param uploadId the multipart upload
 * @param parts the parts kept, numbered 1 to n without gaps
 */
record Resumable(String uploadId, List<CompletedPart> parts) {
  /**
   * Finds the most recent open upload of {@code key} whose leading parts hold exactly {@code
   * offset} bytes. Parts past that point are left out of the result, so S3 drops them when the
   * upload completes.
   *
   * @return the upload to continue, or {@code null} if there is none
   */
  static Resumable find(Bucket bucket, String key, long offset, VirtualPath path)
      throws IOException {
    List<MultipartUpload> uploads = new ArrayList<>(Bucket.call(path, () -> bucket.client
        .listMultipartUploads(b -> b.bucket(bucket.name).prefix(key)).uploads()));
    uploads.removeIf(u -> !u.key().equals(key));
    uploads.sort(Comparator.comparing(MultipartUpload::initiated).reversed());
    for (MultipartUpload upload : uploads) {
      List<Part> parts = new ArrayList<>();
      Bucket.call(path, () -> bucket.client.listPartsPaginator(b -> b.bucket(bucket.name)
          .key(key).uploadId(upload.uploadId())).parts()).forEach(parts::add);
      parts.sort(Comparator.comparing(Part::partNumber));
      List<CompletedPart> kept = new ArrayList<>();
      long total = 0;
      for (Part part : parts) {
        if (total == offset || part.partNumber() != kept.size() + 1
            || part.size() < S3Settings.MIN_PART) {
          break;
        }
        total += part.size();
        kept.add(CompletedPart.builder().partNumber(part.partNumber()).eTag(part.eTag())
            .build());
      }
      if (total == offset && !kept.isEmpty()) {
        return new Resumable(upload.uploadId(), List.copyOf(kept));
      }
    }
    return null;
  }
}
