package dev.ferry.ftp.vfs.s3.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.testkit.vfs.TestData;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * curl, a client nobody here wrote, against Ferry's server with the {@code s3} backend: upload,
 * download, ranged download and curl's own upload resume ({@code -C -}: SIZE, then APPE of the
 * rest). Skipped with a reason when curl is not installed.
 */
class S3CurlE2ETest {
  @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();

  private static final int MIB = 1 << 20;

  @TempDir Path folder;

  private FerryOnS3 ferry;

  @BeforeEach
  void start() throws IOException {
    Assumptions.assumeTrue(Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "curl"))),
        "curl is not installed (not on PATH): skipping its end-to-end tests");
    ferry = FerryOnS3.start(S3.config().with("part-size", "5MiB"));
  }

  @AfterEach
  void stop() {
    if (ferry != null) {
      ferry.close();
    }
  }

  private String url(String path) {
    return "ftp://127.0.0.1:" + ferry.port() + "/" + path;
  }

  /** Runs curl with a hard time limit; returns its exit code. */
  private int curl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("curl", "--silent", "--show-error",
        "--user", FerryOnS3.USER + ":" + FerryOnS3.PASSWORD, "--max-time", "60"));
    command.addAll(List.of(arguments));
    Path err = folder.resolve("curl.err");
    Process process = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("curl did not finish: " + command);
    }
    if (process.exitValue() != 0) {
      System.err.println("curl: " + Files.readString(err, StandardCharsets.UTF_8));
    }
    return process.exitValue();
  }

  @Test
  void uploadsAndDownloadsWholeAndRanged() throws Exception {
    byte[] content = TestData.bytes(21, 11 * MIB + 1);
    Path source = Files.write(folder.resolve("up.bin"), content);
    assertEquals(0, curl("--ftp-create-dirs", "-T", source.toString(), url("in/up.bin")));
    assertArrayEquals(content, S3.object("in/up.bin"));
    Path copy = folder.resolve("down.bin");
    assertEquals(0, curl("-o", copy.toString(), url("in/up.bin")));
    assertArrayEquals(content, Files.readAllBytes(copy));
    Path range = folder.resolve("range.bin");
    assertEquals(0, curl("-r", "5242880-", "-o", range.toString(), url("in/up.bin")));
    assertArrayEquals(Arrays.copyOfRange(content, 5 * MIB, content.length),
        Files.readAllBytes(range));
  }

  @Test
  void resumesAnUploadWithItsSizeAndAppe() throws Exception {
    byte[] content = TestData.bytes(22, 9 * MIB + 17);
    S3.put("resume.bin", Arrays.copyOf(content, 6 * MIB));
    Path source = Files.write(folder.resolve("resume.bin"), content);
    assertEquals(0, curl("-C", "-", "-T", source.toString(), url("resume.bin")));
    assertArrayEquals(content, S3.object("resume.bin"));
    assertEquals(0, S3.openMultipartUploads());
  }
}
