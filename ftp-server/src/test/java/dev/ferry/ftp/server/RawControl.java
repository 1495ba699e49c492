package dev.ferry.ftp.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A bare control connection, for what Commons Net will not send: floods, over-long lines, garbage.
 * Reads one reply line at a time (the tests only need single-line replies here).
 */
final class RawControl implements AutoCloseable {
  private final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;

  RawControl(int port) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setSoTimeout(10_000);
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
        StandardCharsets.UTF_8));
    out = socket.getOutputStream();
  }

  /** Reads one line; null when the server closed the connection. */
  String line() throws IOException {
    return in.readLine();
  }

  /** Reads a reply's code from its last line, skipping multi-line continuation lines. */
  int code() throws IOException {
    String line = in.readLine();
    if (line == null) {
      return -1;
    }
    if (line.length() > 3 && line.charAt(3) == '-') {
      String end = line.substring(0, 3) + " ";
      for (int i = 0; i < 10_000 && !line.startsWith(end); i++) {
        line = in.readLine();
      }
    }
    return Integer.parseInt(line.substring(0, 3));
  }

  /** Reads a whole reply, multi-line ones included; empty when the server closed. */
  String reply() throws IOException {
    StringBuilder text = new StringBuilder();
    String line = in.readLine();
    if (line == null) {
      return "";
    }
    text.append(line).append('\n');
    if (line.length() > 3 && line.charAt(3) == '-') {
      String end = line.substring(0, 3) + " ";
      for (int i = 0; i < 100_000 && !line.startsWith(end); i++) {
        line = in.readLine();
        if (line == null) {
          break;
        }
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  /** Returns the socket, for tests that close it their own way. */
  Socket socket() {
    return socket;
  }

  void send(String line) throws IOException {
    sendBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  void sendBytes(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Sends one byte as TCP urgent data (what {@code send(..., MSG_OOB)} marks). */
  void urgent(int b) throws IOException {
    socket.sendUrgentData(b);
  }

  String commandReply(String line) throws IOException {
    send(line);
    return reply();
  }

  int command(String line) throws IOException {
    send(line);
    return code();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
