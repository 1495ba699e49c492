package dev.ferry.ftp.benchmarks.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;

/**
 * A bare FTP client for measuring a server: one control connection, EPSV data connections read
 * into or written from a direct buffer (or, under FTPS, a heap buffer through TLS), no parsing
 * beyond reply codes. Every wait has a timeout.
 */
final class BenchClient implements AutoCloseable {
  private static final int TIMEOUT_MILLIS = 60_000;

  private final InetSocketAddress server;
  private final BenchTls tls;
  private Socket control;
  private BufferedReader in;
  private OutputStream out;

  private BenchClient(InetSocketAddress server, BenchTls tls) throws IOException {
    this.server = server;
    this.tls = tls;
    control = new Socket();
    control.setTcpNoDelay(true);
    control.connect(server, TIMEOUT_MILLIS);
    control.setSoTimeout(TIMEOUT_MILLIS);
    streams();
  }

  private void streams() throws IOException {
    in = new BufferedReader(new InputStreamReader(control.getInputStream(),
        StandardCharsets.ISO_8859_1));
    out = control.getOutputStream();
  }

  /** Connects and reads the greeting; with {@code tls}, also AUTH TLS, PBSZ 0 and PROT P. */
  static BenchClient connect(InetSocketAddress server, BenchTls tls) throws IOException {
    BenchClient client = new BenchClient(server, tls);
    try {
      client.expect(client.reply(), 220);
      if (tls != null) {
        client.expect(client.command("AUTH TLS"), 234);
        client.control = tls.layer(client.control);
        client.streams();
        client.expect(client.command("PBSZ 0"), 200);
        client.expect(client.command("PROT P"), 200);
      }
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
    return client;
  }

  /** Connects (over TLS when {@code tls} is not null), logs in and switches to binary. */
  static BenchClient login(InetSocketAddress server, BenchTls tls, String user, String password)
      throws IOException {
    BenchClient client = connect(server, tls);
    try {
      client.logIn(user, password);
      client.expect(client.command("TYPE I"), 200);
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
    return client;
  }

  void logIn(String user, String password) throws IOException {
    String reply = command("USER " + user);
    if (reply.startsWith("331")) {
      reply = command("PASS " + password);
    }
    expect(reply, 230);
  }

  /** Sends a command and returns its whole reply (the last line of a multi-line one). */
  String command(String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return reply();
  }

  String reply() throws IOException {
    String line = in.readLine();
    if (line == null) {
      throw new IOException("connection closed by the server");
    }
    if (line.length() > 3 && line.charAt(3) == '-') {
      String end = line.substring(0, 3) + " ";
      for (int i = 0; i < 1_000_000 && !line.startsWith(end); i++) {
        line = in.readLine();
        if (line == null) {
          throw new IOException("connection closed in a multi-line reply");
        }
      }
    }
    return line;
  }

  void expect(String reply, int code) throws IOException {
    if (!reply.startsWith(Integer.toString(code))) {
      throw new IOException("expected " + code + ", got: " + reply);
    }
  }

  /** Reads a data command's whole output (RETR, LIST, NLST, MLSD); returns the byte count. */
  long download(String command, ByteBuffer buffer) throws IOException {
    try (SocketChannel data = openData()) {
      String first = command(command);
      if (!first.startsWith("150") && !first.startsWith("125")) {
        throw new IOException(command + ": " + first);
      }
      long total = 0;
      if (tls == null) {
        for (int n; (n = data.read(buffer.clear())) >= 0; ) {
          total += n;
        }
      } else {
        try (SSLSocket secured = tls.layer(data.socket())) {
          InputStream input = secured.getInputStream();
          byte[] heap = new byte[buffer.capacity()];
          for (int n; (n = input.read(heap)) >= 0; ) {
            total += n;
          }
        }
      }
      expect(reply(), 226);
      return total;
    }
  }

  /** Sends {@code size} bytes with STOR; returns the byte count. */
  long upload(String command, long size, ByteBuffer source) throws IOException {
    try (SocketChannel data = openData()) {
      String first = command(command);
      if (!first.startsWith("150") && !first.startsWith("125")) {
        throw new IOException(command + ": " + first);
      }
      if (tls == null) {
        long left = size;
        while (left > 0) {
          source.clear();
          if (left < source.capacity()) {
            source.limit((int) left);
          }
          while (source.hasRemaining()) {
            left -= data.write(source);
          }
        }
        data.shutdownOutput();
      } else {
        try (SSLSocket secured = tls.layer(data.socket())) {
          byte[] heap = new byte[source.capacity()];
          source.clear().get(heap);
          OutputStream output = secured.getOutputStream();
          for (long left = size; left > 0; left -= Math.min(left, heap.length)) {
            output.write(heap, 0, (int) Math.min(left, heap.length));
          }
          // close_notify, then the server's: a clean end, no reset racing the last bytes.
          secured.shutdownOutput();
          secured.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
      }
      expect(reply(), 226);
      return size;
    }
  }

  private SocketChannel openData() throws IOException {
    String reply = command("EPSV");
    expect(reply, 229);
    int open = reply.indexOf("(|||");
    int close = reply.indexOf("|)", open);
    if (open < 0 || close < 0) {
      throw new IOException("unreadable EPSV reply: " + reply);
    }
    int port = Integer.parseInt(reply.substring(open + 4, close));
    SocketChannel data = SocketChannel.open();
    try {
      data.socket().connect(new InetSocketAddress(server.getAddress(), port), TIMEOUT_MILLIS);
      data.socket().setSoTimeout(TIMEOUT_MILLIS);
    } catch (IOException e) {
      data.close();
      throw e;
    }
    return data;
  }

  /** Says QUIT (and waits for 221), then closes. */
  void quit() throws IOException {
    try {
      expect(command("QUIT"), 221);
    } finally {
      close();
    }
  }

  @Override
  public void close() throws IOException {
    control.close();
  }
}
