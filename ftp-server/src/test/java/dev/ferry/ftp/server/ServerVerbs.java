package dev.ferry.ftp.server;

import java.io.IOException;

/**
 * Asks a running server whether it implements a verb, so an end-to-end test can follow the
 * server as commands are added: an unknown verb is {@code 502} (RFC 959 §4.2) even before login,
 * a known one that needs a login is {@code 530}.
 */
final class ServerVerbs {
  private ServerVerbs() {}

  static boolean implemented(TestServer server, String verb) throws IOException {
    try (RawControl control = new RawControl(server.port())) {
      if (control.code() != 220) {
        throw new AssertionError("no greeting");
      }
      int code = control.command(verb);
      control.command("QUIT");
      return code != 502;
    }
  }
}
