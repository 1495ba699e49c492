package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.address.HostPort;
import dev.ferry.ftp.protocol.address.PortCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scripted FTP server for the protocol's corner cases that real servers rarely show on demand:
 * a 332 asking for an account, a refused EPSV, a malformed or missing reply, a transfer that fails
 * after its data. It answers one connection on 127.0.0.1: each command by the reply given for its
 * verb (or its whole line), else with a plain default; PASV, EPSV, PORT and the transfer commands
 * really open data connections.
 *
 * <p>A scripted reply is sent as written, so it may hold several replies ({@code "150 ok\r\n226
 * done\r\n"}); {@link #SILENT} sends nothing and {@link #HANG_UP} closes the connection. For a
 * transfer command the scripted reply follows the data, unless made with {@link #instead}.
 */
final class ScriptedServer implements AutoCloseable {
  static final String SILENT = "<silent>";
  static final String HANG_UP = "<hang up>";
  private static final String INSTEAD = "<instead>";

  private final ServerSocket listener;
  private final String greeting;
  private final Map<String, String> script = new HashMap<>();
  private final List<String> commands = new ArrayList<>();
  private final Thread thread;
  private volatile byte[] data = new byte[0];
  private volatile byte[] stored = new byte[0];
  private volatile boolean stall;
  private ServerSocket passive;
  private HostPort active;

  private ScriptedServer(String greeting, Map<String, String> replies) throws IOException {
    this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    this.greeting = greeting;
    replies.forEach((k, v) -> script.put(k.toUpperCase(Locale.ROOT), v));
    this.thread = new Thread(this::serve, "scripted-ftp-server");
    thread.setDaemon(true);
    thread.start();
  }

  /** A reply a transfer command gets instead of its 150, data and 226. */
  static String instead(String reply) {
    return INSTEAD + reply;
  }

  /** Starts a server that greets with 220 and answers by {@code replies}, keyed by verb or line. */
  static ScriptedServer start(Map<String, String> replies) throws IOException {
    return new ScriptedServer("220 scripted\r\n", replies);
  }

  /** Starts a server with its own greeting. */
  static ScriptedServer start(String greeting, Map<String, String> replies) throws IOException {
    return new ScriptedServer(greeting, replies);
  }

  /** Sets the bytes that RETR, LIST, NLST and MLSD send. */
  ScriptedServer data(String text) {
    return data(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Sets the bytes that RETR, LIST, NLST and MLSD send. */
  ScriptedServer data(byte[] bytes) {
    this.data = bytes.clone();
    return this;
  }

  /**
   * Makes RETR, LIST, NLST and MLSD open the data connection and send nothing until the client
   * closes it, then answer 426.
   */
  ScriptedServer stall() {
    this.stall = true;
    return this;
  }

  /** The bytes the last STOR or APPE received. */
  byte[] stored() {
    return stored;
  }

  FtpClientConfig.Builder config() {
    return FtpClientConfig.builder("127.0.0.1")
        .port(listener.getLocalPort())
        .credentials(Credentials.of("ferry", "secret"));
  }

  /** The command lines received so far. */
  synchronized List<String> commands() {
    return List.copyOf(commands);
  }

  /** The verbs received so far. */
  List<String> verbs() {
    return commands().stream().map(c -> c.split(" ", 2)[0]).toList();
  }

  @Override
  public void close() throws IOException {
    listener.close();
    if (passive != null) {
      passive.close();
    }
  }

  private void serve() {
    try (Socket control = listener.accept()) {
      OutputStream out = control.getOutputStream();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(control.getInputStream(), StandardCharsets.UTF_8));
      send(out, greeting);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (this) {
          commands.add(line);
        }
        String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        String reply = script.getOrDefault(line.toUpperCase(Locale.ROOT), script.get(verb));
        if (HANG_UP.equals(reply)) {
          return;
        }
        if (SILENT.equals(reply)) {
          continue;
        }
        if (reply != null && reply.startsWith(INSTEAD)) {
          send(out, reply.substring(INSTEAD.length()));
        } else if (reply != null && !isTransfer(verb)) {
          send(out, reply);
        } else {
          builtIn(out, verb, line, reply);
        }
        if (verb.equals("QUIT")) {
          return;
        }
      }
    } catch (IOException e) {
      // the test closed the server, or the client hung up
    }
  }

  private static boolean isTransfer(String verb) {
    return List.of("RETR", "LIST", "NLST", "MLSD", "STOR", "APPE").contains(verb);
  }

  private void builtIn(OutputStream out, String verb, String line, String scripted)
      throws IOException {
    switch (verb) {
      case "USER" -> send(out, "331 password please\r\n");
      case "PASS", "ACCT" -> send(out, "230 logged in\r\n");
      case "FEAT" -> send(out, "211 no features\r\n");
      case "PWD" -> send(out, "257 \"/\" is the directory\r\n");
      case "QUIT" -> send(out, "221 bye\r\n");
      case "EPSV" -> {
        listen();
        send(out, "229 Entering Extended Passive Mode (|||" + passive.getLocalPort() + "|)\r\n");
      }
      case "PASV" -> {
        listen();
        // Names another host on purpose: the client must connect to the control host anyway.
        int port = passive.getLocalPort();
        send(out, "227 Entering Passive Mode (10,1,2,3," + (port >> 8) + "," + (port & 255) + ")\r\n");
      }
      case "PORT" -> {
        active = PortCodec.parseArgument(line.substring(5));
        send(out, "200 PORT ok\r\n");
      }
      case "RETR", "LIST", "NLST", "MLSD", "STOR", "APPE" -> transfer(out, verb, scripted);
      default -> send(out, "200 ok\r\n");
    }
  }

  /** 150, the data, then 226; or the scripted text after the data, such as a 451. */
  private void transfer(OutputStream out, String verb, String scripted) throws IOException {
    send(out, "150 opening data connection\r\n");
    try (Socket socket = dataSocket()) {
      if (verb.equals("STOR") || verb.equals("APPE")) {
        stored = socket.getInputStream().readAllBytes();
      } else if (stall) {
        socket.getInputStream().readAllBytes();
        send(out, "426 connection closed; transfer aborted\r\n");
        return;
      } else {
        socket.getOutputStream().write(data);
      }
    }
    send(out, scripted != null ? scripted : "226 done\r\n");
  }

  private Socket dataSocket() throws IOException {
    if (active != null) {
      HostPort target = active;
      active = null;
      return new Socket(target.address(), target.port());
    }
    try (ServerSocket open = passive) {
      passive = null;
      return open.accept();
    }
  }

  private void listen() throws IOException {
    if (passive != null) {
      passive.close();
    }
    passive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
