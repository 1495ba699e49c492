package dev.ferry.ftp.benchmarks.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * Apache Commons Net with its best settings for bulk transfers: binary type and passive mode (its
 * defaults are ASCII and active), and a large copy buffer ({@code setBufferSize}: unset, it
 * copies 1 KiB at a time). The socket buffers stay the kernel's, which tunes them itself.
 */
final class CommonsNetContender implements Contender {
  private final FTPClient ftp;

  private CommonsNetContender(FTPClient ftp) {
    this.ftp = ftp;
  }

  static CommonsNetContender connect(Server server, int bufferSize) throws IOException {
    FTPClient ftp = new FTPClient();
    ftp.setBufferSize(bufferSize);
    ftp.connect(server.host(), server.port());
    try {
      if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
        throw new IOException("greeting refused: " + ftp.getReplyString());
      }
      if (!ftp.login(server.user(), server.password())) {
        throw new IOException("login refused: " + ftp.getReplyString());
      }
      if (!ftp.setFileType(FTP.BINARY_FILE_TYPE)) {
        throw new IOException("TYPE I refused: " + ftp.getReplyString());
      }
      ftp.enterLocalPassiveMode();
      return new CommonsNetContender(ftp);
    } catch (IOException | RuntimeException e) {
      ftp.disconnect();
      throw e;
    }
  }

  @Override
  public Sample download(List<Pair> batch) throws IOException {
    return Contender.measure(() -> {
      for (Pair pair : batch) {
        try (OutputStream out = Files.newOutputStream(pair.local())) {
          if (!ftp.retrieveFile(pair.remote(), out)) {
            throw new IOException("RETR " + pair.remote() + " failed: " + ftp.getReplyString());
          }
        }
      }
    });
  }

  @Override
  public Sample upload(List<Pair> batch) throws IOException {
    return Contender.measure(() -> {
      for (Pair pair : batch) {
        try (InputStream in = Files.newInputStream(pair.local())) {
          if (!ftp.storeFile(pair.remote(), in)) {
            throw new IOException("STOR " + pair.remote() + " failed: " + ftp.getReplyString());
          }
        }
      }
    });
  }

  @Override
  public void close() throws IOException {
    try {
      ftp.logout();
    } finally {
      ftp.disconnect();
    }
  }
}
