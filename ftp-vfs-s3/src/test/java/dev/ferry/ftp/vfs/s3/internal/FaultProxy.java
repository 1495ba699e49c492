package dev.ferry.ftp.vfs.s3.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An HTTP proxy on a free loopback port in front of the S3 endpoint that misbehaves on request:
 * it answers 503 or 403 itself, cuts a response after so many body bytes, stops sending one
 * half-way, or never answers, for the requests a rule selects, as often as the rule says. Every connection carries
 * one request ({@code Connection: close}), which keeps the proxy simple and the faults exact.
 */
final class FaultProxy implements Closeable {
  /** What a rule does to a request it selects. */
  enum Fault {
    /** Answer {@code 503 SlowDown} without asking the store. */
    SLOW_DOWN,
    /** Answer {@code 403 AccessDenied} without asking the store. */
    ACCESS_DENIED,
    /** Forward, then close the connection after {@code afterBytes} bytes of the response body. */
    CUT,
    /** Forward, then send nothing more after {@code afterBytes} bytes of the response body. */
    STALL,
    /** Forward the request, then never answer it. */
    HANG
  }

  /** One request as the proxy saw it. */
  record Request(String method, String target, String headers) {
    boolean isPartUpload() {
      return method.equals("PUT") && target.contains("partNumber=");
    }

    boolean isGetObject() {
      return method.equals("GET") && !target.contains("list-type") && !target.contains("?uploads");
    }

    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  private record Rule(Predicate<Request> selects, Fault fault, long afterBytes,
      AtomicInteger times) {}

  private final URI upstream;
  private final ServerSocket server;
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final List<Request> seen = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  FaultProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().name("fault-proxy").start(this::accept);
  }

  /** Returns the address to give the backend as its endpoint. */
  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** Applies {@code fault} to the next {@code times} requests {@code selects} accepts. */
  void inject(Predicate<Request> selects, Fault fault, long afterBytes, int times) {
    rules.add(new Rule(selects, fault, afterBytes, new AtomicInteger(times)));
  }

  /** Returns the requests seen so far, in order. */
  List<Request> seen() {
    return List.copyOf(seen);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        open.add(client);
        Thread.ofVirtual().start(() -> serve(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client; InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream()) {
      String head = readHead(in);
      if (head == null) {
        return;
      }
      String[] lines = head.split("\r\n", 2);
      String[] requestLine = lines[0].split(" ");
      Request request = new Request(requestLine[0], requestLine[1],
          lines.length > 1 ? lines[1] : "");
      seen.add(request);
      if ("100-continue".equalsIgnoreCase(request.header("Expect"))) {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      long length = request.header("Content-Length") == null ? 0
          : Long.parseLong(request.header("Content-Length"));
      Rule rule = match(request);
      Fault fault = rule == null ? null : rule.fault();
      if (fault == Fault.SLOW_DOWN || fault == Fault.ACCESS_DENIED) {
        in.skipNBytes(length);
        answer(out, fault == Fault.SLOW_DOWN ? "503 Slow Down" : "403 Forbidden",
            request.method().equals("HEAD"), fault == Fault.SLOW_DOWN ? "SlowDown"
                : "AccessDenied");
        return;
      }
      try (Socket store = new Socket(upstream.getHost(), upstream.getPort())) {
        open.add(store);
        OutputStream toStore = store.getOutputStream();
        toStore.write(rewrite(head, true).getBytes(StandardCharsets.ISO_8859_1));
        copy(in, toStore, length);
        toStore.flush();
        if (fault == Fault.HANG) {
          Thread.sleep(Long.MAX_VALUE);
        }
        InputStream fromStore = store.getInputStream();
        String responseHead = readHead(fromStore);
        while (responseHead != null && responseHead.startsWith("HTTP/1.1 100")) {
          responseHead = readHead(fromStore);
        }
        if (responseHead == null) {
          return;
        }
        out.write(rewrite(responseHead, false).getBytes(StandardCharsets.ISO_8859_1));
        long limit = fault == null ? Long.MAX_VALUE : rule.afterBytes();
        long sent = copy(fromStore, out, limit);
        out.flush();
        if (fault == Fault.STALL && sent == limit) {
          Thread.sleep(Long.MAX_VALUE);
        }
      }
    } catch (IOException | InterruptedException e) {
      // The client or the store went away, or the proxy was closed: nothing to answer.
    } finally {
      open.remove(client);
    }
  }

  private Rule match(Request request) {
    for (Rule rule : rules) {
      if (rule.selects().test(request) && rule.times().getAndDecrement() > 0) {
        return rule;
      }
    }
    return null;
  }

  private static void answer(OutputStream out, String status, boolean head, String code)
      throws IOException {
    byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
        + "</Code><Message>injected by the test</Message></Error>")
        .getBytes(StandardCharsets.UTF_8);
    out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/xml\r\nContent-Length: "
        + (head ? 0 : body.length) + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    if (!head) {
      out.write(body);
    }
    out.flush();
  }

  /** Replaces the Connection header (and drops Expect, already answered) in a message head. */
  private static String rewrite(String head, boolean request) {
    StringBuilder result = new StringBuilder();
    for (String line : head.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("connection:") || (request && lower.startsWith("expect:"))) {
        continue;
      }
      result.append(line).append("\r\n");
    }
    return result.append("Connection: close\r\n\r\n").toString();
  }

  /** Reads a message head up to the blank line; {@code null} at end of stream. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n'
          && (matched == 1 || matched == 3)) ? matched + 1 : 0;
      if (head.size() > 64 * 1024) {
        throw new IOException("message head too long");
      }
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, text.length() - 4);
  }

  private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long copied = 0;
    while (copied < limit) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied));
      if (n < 0) {
        break;
      }
      out.write(buffer, 0, n);
      copied += n;
    }
    return copied;
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
  }
}
