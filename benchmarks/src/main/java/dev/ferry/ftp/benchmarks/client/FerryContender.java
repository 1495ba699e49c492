package dev.ferry.ftp.benchmarks.client;

import dev.ferry.ftp.client.Credentials;
import dev.ferry.ftp.client.FtpClient;
import dev.ferry.ftp.client.FtpClientConfig;
import dev.ferry.ftp.client.FtpInputStream;
import dev.ferry.ftp.client.FtpOutputStream;
import dev.ferry.ftp.client.FtpSession;
import dev.ferry.ftp.client.TransferOptions;
import dev.ferry.ftp.client.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Ferry's client with its defaults (passive, binary), through one of its two APIs. */
final class FerryContender implements Contender {
  /** Which API moves the files. */
  enum Style {
    /** {@code FtpSession.download/upload} to a path, without checksum verification. */
    PATH,
    /** {@code FtpSession.download/upload} to a path with the default options. */
    VERIFIED,
    /** {@code retrieve/store} streams copied with {@code Files.copy}, as a user would. */
    STREAM
  }

  private static final TransferOptions UNVERIFIED =
      TransferOptions.defaults().withVerification(Verification.NONE);

  private final FtpSession session;
  private final Style style;

  private FerryContender(FtpSession session, Style style) {
    this.session = session;
    this.style = style;
  }

  static FerryContender connect(Server server, Style style) throws IOException {
    FtpClientConfig config =
        FtpClientConfig.builder(server.host())
            .port(server.port())
            .credentials(Credentials.of(server.user(), server.password()))
            .build();
    return new FerryContender(FtpClient.connect(config), style);
  }

  @Override
  public Sample download(List<Pair> batch) throws IOException {
    return Contender.measure(() -> {
      for (Pair pair : batch) {
        switch (style) {
          case PATH -> session.download(pair.remote(), pair.local(), UNVERIFIED);
          case VERIFIED -> session.download(pair.remote(), pair.local());
          case STREAM -> {
            try (FtpInputStream in = session.retrieve(pair.remote())) {
              Files.copy(in, pair.local(), StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      }
    });
  }

  @Override
  public Sample upload(List<Pair> batch) throws IOException {
    return Contender.measure(() -> {
      for (Pair pair : batch) {
        switch (style) {
          case PATH -> session.upload(pair.local(), pair.remote(), UNVERIFIED);
          case VERIFIED -> session.upload(pair.local(), pair.remote());
          case STREAM -> {
            try (FtpOutputStream out = session.store(pair.remote())) {
              Files.copy(pair.local(), out);
            }
          }
        }
      }
    });
  }

  @Override
  public void close() throws IOException {
    session.close();
  }
}
