package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code s3} backend's settings, parsed and checked once. Every key is documented in
 * {@code docs/s3.md}; an unknown key, a missing bucket or a value out of range fails with a
 * {@link VfsConfigException} that names the key.
 *
 * @param bucket the bucket
 * @param prefix the key prefix everything lives under: empty, or names ending in {@code /}
 * @param region the signing region, or {@code null} for the SDK's default chain
 * @param endpoint the endpoint override for S3-compatible stores, or {@code null} for AWS
 * @param pathStyle whether buckets are addressed as {@code endpoint/bucket} rather than by host
 * @param accessKey the access key, or {@code null} for the SDK's default credential chain
 * @param secretKey the secret key, set exactly when {@code accessKey} is
 * @param partSize the first part size of multipart uploads (it grows, see {@link PartSizes})
 * @param uploadConcurrency part buffers per upload: one filled, the others being sent
 * @param connectTimeout how long a connection may take to open
 * @param readTimeout how long a read from the store may block
 * @param maxRetries retries of a failed request (throttling, 5xx, timeouts) before giving up
 * @param retryDelay the base delay of the exponential backoff between retries
 * @param storageClass the storage class of new objects, or {@code null} for the store's default
 * @param serverSideEncryption {@code AES256}, {@code aws:kms}, … or {@code null} for none
 * @param kmsKeyId the KMS key for {@code aws:kms}, or {@code null} for the bucket's default
 * @param checksumsWhenSupported whether requests carry checksums whenever the SDK can add them
 *     (AWS), rather than only when an operation requires them (safe for every store)
 * @param staleUploadAge unfinished multipart uploads older than this are aborted by a
 *     background sweep; {@link Duration#ZERO} turns the sweep off
 * @param resumeUploads whether an upload closed without a commit or an abort keeps its parts so
 *     that REST + STOR can continue it
 * @param renameConcurrency how many objects a directory rename copies at once
 */
record S3Settings(
    String bucket,
    String prefix,
    String region,
    URI endpoint,
    boolean pathStyle,
    String accessKey,
    String secretKey,
    long partSize,
    int uploadConcurrency,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRetries,
    Duration retryDelay,
    String storageClass,
    String serverSideEncryption,
    String kmsKeyId,
    boolean checksumsWhenSupported,
    Duration staleUploadAge,
    boolean resumeUploads,
    int renameConcurrency) {

  /** Every key the backend understands. */
  static final List<String> KEYS = List.of("bucket", "prefix", "region", "endpoint",
      "path-style", "access-key", "secret-key", "part-size", "upload-concurrency",
      "connect-timeout", "read-timeout", "max-retries", "retry-delay", "storage-class",
      "server-side-encryption", "kms-key-id", "request-checksums", "stale-upload-age",
      "resume-uploads", "rename-concurrency");

  /** S3's smallest part (except the last one). */
  static final long MIN_PART = 5L << 20;

  /** S3's largest part, and the largest object a single copy request can copy. */
  static final long MAX_PART = 5L << 30;

  private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,254}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_:.-]{1,128}");

  /** What the two checksum settings are called in configuration. */
  enum Checksums {
    WHEN_REQUIRED,
    WHEN_SUPPORTED
  }

  /**
   * Parses and checks a configuration.
   *
   * @param config the settings as given
   * @return the checked settings
   * @throws VfsConfigException naming the first bad key
   */
  static S3Settings from(VfsConfig config) {
    config.requireOnly(KEYS);
    String bucket = config.string("bucket");
    if (!BUCKET.matcher(bucket).matches()) {
      throw invalid("bucket", bucket, "a bucket name: letters, digits, '.', '-' and '_'");
    }
    URI endpoint = config.get("endpoint").map(v -> endpoint(v.strip())).orElse(null);
    String region = config.get("region").map(String::strip).filter(v -> !v.isEmpty())
        .orElse(endpoint == null ? null : "us-east-1");
    if (region != null && !TOKEN.matcher(region).matches()) {
      throw invalid("region", region, "a region name such as eu-west-1");
    }
    Optional<String> accessKey = config.get("access-key").map(String::strip);
    Optional<String> secretKey = config.get("secret-key");
    if (accessKey.isPresent() != secretKey.isPresent()) {
      String missing = accessKey.isPresent() ? "secret-key" : "access-key";
      throw new VfsConfigException(missing, "setting \"" + missing
          + "\" is missing: give both access-key and secret-key, or neither to use the SDK's"
          + " default credentials (AWS_ACCESS_KEY_ID, profiles, instance roles)");
    }
    long partSize = config.byteSize("part-size", 8L << 20);
    if (partSize < MIN_PART || partSize > MAX_PART) {
      throw invalid("part-size", config.string("part-size"), "between 5MiB and 5GiB");
    }
    String sse = config.get("server-side-encryption").map(String::strip)
        .filter(v -> !v.equalsIgnoreCase("none")).orElse(null);
    if (sse != null && !TOKEN.matcher(sse).matches()) {
      throw invalid("server-side-encryption", sse, "none, AES256, aws:kms or aws:kms:dsse");
    }
    String kmsKeyId = config.get("kms-key-id").map(String::strip).orElse(null);
    if (kmsKeyId != null && (sse == null || !sse.startsWith("aws:kms"))) {
      throw new VfsConfigException("kms-key-id",
          "setting \"kms-key-id\" needs server-side-encryption=aws:kms");
    }
    String storageClass = config.get("storage-class").map(v -> v.strip().toUpperCase(Locale.ROOT))
        .orElse(null);
    if (storageClass != null && !TOKEN.matcher(storageClass).matches()) {
      throw invalid("storage-class", storageClass, "a storage class such as STANDARD_IA");
    }
    Duration staleUploadAge = config.duration("stale-upload-age", Duration.ofDays(1));
    return new S3Settings(
        bucket,
        prefix(config.string("prefix", "")),
        region,
        endpoint,
        config.bool("path-style", endpoint != null),
        accessKey.orElse(null),
        secretKey.orElse(null),
        partSize,
        range(config, "upload-concurrency", 4, 1, 64),
        positive(config, "connect-timeout", Duration.ofSeconds(10)),
        positive(config, "read-timeout", Duration.ofSeconds(60)),
        range(config, "max-retries", 5, 0, 30),
        positive(config, "retry-delay", Duration.ofMillis(200)),
        storageClass,
        sse,
        kmsKeyId,
        config.enumValue("request-checksums", Checksums.class, Checksums.WHEN_REQUIRED)
            == Checksums.WHEN_SUPPORTED,
        staleUploadAge.isNegative() ? Duration.ZERO : staleUploadAge,
        config.bool("resume-uploads", true),
        range(config, "rename-concurrency", 8, 1, 256));
  }

  /** Leaves the secret key out. */
  @Override
  public String toString() {
    return "S3Settings[bucket=" + bucket + ", prefix=" + prefix + ", endpoint="
        + (endpoint == null ? "AWS" : endpoint) + ", region=" + region + "]";
  }

  private static URI endpoint(String value) {
    try {
      URI uri = new URI(value);
      if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw invalid("endpoint", value, "an http:// or https:// URL with a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw invalid("endpoint", value, "an http:// or https:// URL with a host");
    }
  }

  /** Normalizes a prefix to "" or "a/b/", refusing names a virtual path could not hold. */
  static String prefix(String value) {
    StringBuilder result = new StringBuilder();
    for (String name : value.split("/", -1)) {
      if (name.isEmpty()) {
        continue;
      }
      if (name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> c < 0x20
          || c == 0x7f || c == '\\')) {
        throw invalid("prefix", value, "names separated by '/', without '.', '..', '\\' or"
            + " control characters");
      }
      result.append(name).append('/');
    }
    if (result.length() > 512) {
      throw invalid("prefix", value, "at most 512 characters");
    }
    return result.toString();
  }

  private static int range(VfsConfig config, String key, int defaultValue, int min, int max) {
    int value = config.intValue(key, defaultValue);
    if (value < min || value > max) {
      throw invalid(key, Integer.toString(value), "between " + min + " and " + max);
    }
    return value;
  }

  private static Duration positive(VfsConfig config, String key, Duration defaultValue) {
    Duration value = config.duration(key, defaultValue);
    if (value.isZero() || value.isNegative()) {
      throw invalid(key, config.string(key), "a positive duration");
    }
    return value;
  }

  private static VfsConfigException invalid(String key, String value, String expected) {
    return new VfsConfigException(key, "invalid value for \"" + key + "\": \"" + value
        + "\" (expected " + expected + ")");
  }
}
