package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Turns the SDK's exceptions into the SPI's error kinds, in one place. By the time an exception
 * arrives here the SDK has already retried what can be retried (throttling, 5xx, timeouts, broken
 * connections) with exponential backoff, so what is transient is reported as {@link
 * Kind#UNAVAILABLE}.
 */
final class S3Errors {
  private S3Errors() {}

  /**
   * Maps a failed request.
   *
   * @param e what the SDK threw
   * @param path the path the caller named
   * @return the exception to throw
   */
  static IOException map(SdkException e, VirtualPath path) {
    if (e instanceof S3Exception s3) {
      Kind kind = kind(s3);
      String detail = code(s3) + ", HTTP " + s3.statusCode();
      return kind == null ? new IOException(path + ": " + e.getMessage(), e)
          : new VfsException(kind, path, detail, e);
    }
    if (e instanceof SdkClientException) {
      return new VfsException(Kind.UNAVAILABLE, path, "cannot reach the store: "
          + rootMessage(e), e);
    }
    return new IOException(path + ": " + e.getMessage(), e);
  }

  /** Returns the kind a store's error answer means, or {@code null} for an unexpected one. */
  static Kind kind(S3Exception e) {
    return switch (code(e)) {
      case "NoSuchKey", "NotFound", "NoSuchUpload" -> Kind.NOT_FOUND;
      case "AccessDenied", "AllAccessDisabled", "InvalidAccessKeyId", "SignatureDoesNotMatch",
          "AccountProblem", "InvalidObjectState" -> Kind.PERMISSION_DENIED;
      case "KeyTooLongError" -> Kind.INVALID_NAME;
      case "EntityTooLarge", "QuotaExceeded", "XMinioStorageFull", "XMinioAdminBucketQuotaExceeded"
          -> Kind.NO_SPACE;
      case "NotImplemented" -> Kind.UNSUPPORTED;
      case "SlowDown", "ServiceUnavailable", "InternalError", "RequestTimeout",
          "RequestTimeTooSkewed", "PreconditionFailed", "ConditionalRequestConflict",
          "OperationAborted", "NoSuchBucket" -> Kind.UNAVAILABLE;
      default -> switch (e.statusCode()) {
        case 404 -> Kind.NOT_FOUND;
        case 403 -> Kind.PERMISSION_DENIED;
        case 408, 409, 412, 429, 500, 502, 503, 504 -> Kind.UNAVAILABLE;
        default -> null;
      };
    };
  }

  /** Returns the store's error code, or an empty string when the answer had no body (HEAD). */
  static String code(S3Exception e) {
    if (e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null) {
      return "";
    }
    return e.awsErrorDetails().errorCode();
  }

  /** Returns whether a failed request means that the object is not there. */
  static boolean isNotFound(SdkException e) {
    return e instanceof S3Exception s3 && (s3.statusCode() == 404);
  }

  /** Returns whether a conditional request failed because its condition did not hold. */
  static boolean isPreconditionFailed(SdkException e) {
    return e instanceof S3Exception s3 && s3.statusCode() == 412;
  }

  /** Returns the innermost cause. */
  static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** Returns the innermost cause's type and message, for one-line reports. */
  static String rootMessage(Throwable e) {
    Throwable root = rootCause(e);
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
