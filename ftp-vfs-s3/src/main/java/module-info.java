import dev.ferry.ftp.vfs.s3.internal.S3Provider;

/**
 * Ferry's {@code s3} storage backend: AWS S3 and S3-compatible object stores (MinIO, Ceph RGW,
 * …) through the AWS SDK for Java v2's synchronous client over the JDK's {@code
 * HttpURLConnection}. Found through the storage SPI's {@link dev.ferry.ftp.vfs.VfsProvider}
 * service; nothing here is exported. Settings and the mapping of the FTP tree onto keys are
 * described in {@code docs/s3.md}.
 *
 * <p>The SDK's jars are automatic modules: each one whose types this module uses is named here.
 */
// The name follows the scheme "s3"; javac's advice against a terminal digit does not apply.
@SuppressWarnings("module")
module dev.ferry.ftp.vfs.s3 {
  requires dev.ferry.ftp.vfs;
  requires org.slf4j;
  requires software.amazon.awssdk.auth;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.http;
  requires software.amazon.awssdk.http.urlconnection;
  requires software.amazon.awssdk.regions;
  requires software.amazon.awssdk.retries;
  requires software.amazon.awssdk.retries.api;
  requires software.amazon.awssdk.services.s3;

  provides dev.ferry.ftp.vfs.VfsProvider with
      S3Provider;
}
