package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.VfsConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A real S3 endpoint for tests: S3Proxy with its in-memory {@code transient} blob store on a free
 * loopback port, SigV4 authentication, one server per test class and a fresh bucket per test.
 *
 * <pre>{@code
 * @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();
 * ... VfsProviders.open("s3", S3.config()) ...
 * }</pre>
 *
 * <p>Self-contained on purpose (S3Proxy and the SDK only), so other modules can copy or share it.
 * S3Proxy's own JUnit extension starts a server per test, which costs about a second each.
 */
public final class S3ProxyServer implements BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback {
  /** The access key the server accepts. */
  public static final String ACCESS_KEY = "ferry-access";

  /** The secret key the server accepts. */
  public static final String SECRET_KEY = "ferry-secret-key";

  private static final AtomicInteger BUCKETS = new AtomicInteger();

  private S3Proxy proxy;
  private URI endpoint;
  private S3Client client;
  private String bucket;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    newBucket();
  }

  /**
   * Starts the server (the extension does this before the first test).
   *
   * @throws Exception if S3Proxy cannot start
   */
  public void start() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("jclouds.identity", ACCESS_KEY);
    properties.setProperty("jclouds.credential", SECRET_KEY);
    proxy = S3Proxy.builder()
        .blobStore(BlobStores.create("transient", properties))
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
        .ignoreUnknownHeaders(true)
        .stopTimeout(0)
        .build();
    proxy.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
      }
      Thread.sleep(5);
    }
    endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    client = S3Client.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .build();
  }

  /**
   * Stops the server.
   *
   * @throws Exception if S3Proxy fails to stop
   */
  public void stop() throws Exception {
    if (client != null) {
      client.close();
    }
    if (proxy != null) {
      proxy.stop();
    }
  }

  /**
   * Creates a fresh, empty bucket and makes it the current one (the extension does this before
   * each test).
   *
   * @return the bucket's name
   */
  public String newBucket() {
    bucket = "test-" + BUCKETS.incrementAndGet();
    client.createBucket(b -> b.bucket(bucket));
    return bucket;
  }

  /**
   * Returns the server's address.
   *
   * @return {@code http://127.0.0.1:port}
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Returns the server's port.
   *
   * @return the port
   */
  public int port() {
    return endpoint.getPort();
  }

  /**
   * Returns a client for checking what the backend stored, through the S3 API itself.
   *
   * @return a client with path-style access; owned by this server
   */
  public S3Client client() {
    return client;
  }

  /**
   * Returns the current test's bucket.
   *
   * @return the bucket's name
   */
  public String bucket() {
    return bucket;
  }

  /**
   * Reads an object of the current bucket through the S3 API.
   *
   * @param key the key
   * @return its content
   */
  public byte[] object(String key) {
    return client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
  }

  /**
   * Writes an object into the current bucket through the S3 API.
   *
   * @param key the key
   * @param content its content
   */
  public void put(String key, byte[] content) {
    client.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
  }

  /**
   * Lists the current bucket.
   *
   * @return every key with its size, in key order
   */
  public SortedMap<String, Long> keys() {
    SortedMap<String, Long> keys = new TreeMap<>();
    client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()
        .forEach(o -> keys.put(o.key(), o.size()));
    return keys;
  }

  /**
   * Counts the multipart uploads open in the current bucket.
   *
   * @return how many were started and neither completed nor aborted
   */
  public int openMultipartUploads() {
    return client.listMultipartUploads(b -> b.bucket(bucket)).uploads().size();
  }

  /**
   * Returns the {@code s3} backend's settings for the current bucket.
   *
   * @return bucket, endpoint, path style, region and keys
   */
  public VfsConfig config() {
    return config(endpoint);
  }

  /**
   * Returns the {@code s3} backend's settings for the current bucket, reached through another
   * endpoint (for example a fault-injecting proxy in front of this server).
   *
   * @param through the endpoint the backend should talk to
   * @return bucket, endpoint, path style, region and keys
   */
  public VfsConfig config(URI through) {
    return VfsConfig.of(Map.of(
        "bucket", bucket,
        "endpoint", through.toString(),
        "path-style", "true",
        "region", "us-east-1",
        "access-key", ACCESS_KEY,
        "secret-key", SECRET_KEY));
  }
}
