package dev.ferry.ftp.server.internal.data;

import java.net.Socket;

/** The default {@link DataSocketWrapper}: clear text only, the socket unchanged. */
final class PlainDataSockets implements DataSocketWrapper {
  @Override
  public Socket wrap(Socket socket, DataProtection protection) {
    return socket;
  }
}
