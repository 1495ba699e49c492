package dev.ferry.ftp.vfs.s3.internal;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Builds the SDK client from the settings: one client, with its own connections, per file system. */
final class S3Clients {
  /** The longest pause between two retries. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

  private S3Clients() {}

  static S3Client create(S3Settings settings) {
    S3ClientBuilder b = S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(settings.connectTimeout())
            .socketTimeout(settings.readTimeout()))
        .forcePathStyle(settings.pathStyle())
        // Plain bodies, not aws-chunked ones: some stores (S3Proxy among them) answer an
        // aws-chunked PUT of a few bytes before reading its body, the client then fails to
        // write it and the SDK repeats a request the store already carried out, which a
        // conditional PUT fails. Over HTTPS the payload is not hashed either way.
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .credentialsProvider(credentials(settings))
        // Several S3-compatible stores reject the newer checksum headers: send them only where
        // an operation requires them unless told the store is AWS.
        .requestChecksumCalculation(settings.checksumsWhenSupported()
            ? RequestChecksumCalculation.WHEN_SUPPORTED : RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(settings.checksumsWhenSupported()
            ? ResponseChecksumValidation.WHEN_SUPPORTED
            : ResponseChecksumValidation.WHEN_REQUIRED)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy()
            .toBuilder()
            .maxAttempts(settings.maxRetries() + 1)
            .backoffStrategy(BackoffStrategy.exponentialDelay(settings.retryDelay(), MAX_BACKOFF))
            .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(
                settings.retryDelay().multipliedBy(5), MAX_BACKOFF))
            .build()));
    if (settings.region() != null) {
      b.region(Region.of(settings.region()));
    }
    if (settings.endpoint() != null) {
      b.endpointOverride(settings.endpoint());
    }
    return b.build();
  }

  private static AwsCredentialsProvider credentials(S3Settings settings) {
    if (settings.accessKey() == null) {
      return DefaultCredentialsProvider.builder().build();
    }
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
  }
}
