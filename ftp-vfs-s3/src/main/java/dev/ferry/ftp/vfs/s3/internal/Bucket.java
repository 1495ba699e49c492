package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The bucket as the backend uses it: the client, the bucket's name and the settings every new
 * object gets (storage class, server-side encryption), with each request's failure mapped to
 * the SPI's errors for the path the caller named.
 */
final class Bucket {
  /** The content type of directory markers, as the AWS console and s3fs write them. */
  static final String DIRECTORY_TYPE = "application/x-directory";

  final S3Client client;
  final String name;
  final S3Settings settings;

  Bucket(S3Client client, S3Settings settings) {
    this.client = client;
    this.name = settings.bucket();
    this.settings = settings;
  }

  /** Runs one request, mapping its failure. */
  static <T> T call(VirtualPath path, Supplier<T> request) throws IOException {
    try {
      return request.get();
    } catch (SdkException e) {
      throw S3Errors.map(e, path);
    }
  }

  /** Returns an object's metadata, or empty if there is no object under the key. */
  Optional<HeadObjectResponse> head(String key, VirtualPath path) throws IOException {
    try {
      return Optional.of(client.headObject(b -> b.bucket(name).key(key)));
    } catch (SdkException e) {
      if (S3Errors.isNotFound(e)) {
        return Optional.empty();
      }
      throw S3Errors.map(e, path);
    }
  }

  /** Lists one page of keys. */
  ListObjectsV2Response list(String prefix, String delimiter, int maxKeys, String token,
      VirtualPath path) throws IOException {
    // URL encoding lets keys with characters XML 1.0 cannot carry through; the SDK decodes them.
    return call(path, () -> client.listObjectsV2(b -> b.bucket(name).prefix(prefix)
        .delimiter(delimiter).maxKeys(maxKeys).continuationToken(token)
        .encodingType(EncodingType.URL)));
  }

  /** Returns whether any key starts with {@code prefix}: whether a directory exists. */
  boolean hasKeysUnder(String prefix, VirtualPath path) throws IOException {
    ListObjectsV2Response page = list(prefix, null, 1, null, path);
    return page.hasContents() && !page.contents().isEmpty();
  }

  /** Writes a directory marker. */
  void putMarker(String key, Map<String, String> metadata, VirtualPath path) throws IOException {
    call(path, () -> client.putObject(newObject(key).contentType(DIRECTORY_TYPE)
        .metadata(metadata).build(), RequestBody.empty()));
  }

  /** Deletes an object; deleting a missing one is no error in S3. */
  void delete(String key, VirtualPath path) throws IOException {
    call(path, () -> client.deleteObject(b -> b.bucket(name).key(key)));
  }

  /** Starts a PUT of a new object with the configured storage class and encryption. */
  PutObjectRequest.Builder newObject(String key) {
    PutObjectRequest.Builder b = PutObjectRequest.builder().bucket(name).key(key)
        .storageClass(settings.storageClass())
        .serverSideEncryption(settings.serverSideEncryption());
    if (settings.kmsKeyId() != null) {
      b.ssekmsKeyId(settings.kmsKeyId());
    }
    return b;
  }

  /** Starts a multipart upload request with the configured storage class and encryption. */
  CreateMultipartUploadRequest.Builder newMultipart(String key) {
    CreateMultipartUploadRequest.Builder b = CreateMultipartUploadRequest.builder().bucket(name)
        .key(key).storageClass(settings.storageClass())
        .serverSideEncryption(settings.serverSideEncryption());
    if (settings.kmsKeyId() != null) {
      b.ssekmsKeyId(settings.kmsKeyId());
    }
    return b;
  }

  /** Aborts a multipart upload, reporting (not throwing) a failure. */
  boolean abortQuietly(String key, String uploadId) {
    try {
      client.abortMultipartUpload(b -> b.bucket(name).key(key).uploadId(uploadId));
      return true;
    } catch (SdkException e) {
      return S3Errors.isNotFound(e);
    }
  }
}
