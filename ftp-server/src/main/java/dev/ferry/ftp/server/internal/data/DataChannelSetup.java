package dev.ferry.ftp.server.internal.data;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * How the next data connection will be made, as the last PASV/EPSV or PORT/EPRT set it up. One
 * transfer uses it up.
 */
public sealed interface DataChannelSetup extends Closeable {
  /** No data connection was set up. */
  DataChannelSetup NONE = new None();

  /** Nothing set up: a transfer command gets {@code 425}. */
  record None() implements DataChannelSetup {
    @Override
    public void close() {}
  }

  /**
   * The server listens (PASV, EPSV).
   *
   * @param listener the listening socket
   */
  record Passive(PassiveListener listener) implements DataChannelSetup {
    /** Checks the value. */
    public Passive {
      Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void close() throws IOException {
      listener.close();
    }
  }

  /**
   * The server connects to the client (PORT, EPRT).
   *
   * @param target the client's address and port, already checked against bounce attacks
   */
  record Active(InetSocketAddress target) implements DataChannelSetup {
    /** Checks the value. */
    public Active {
      Objects.requireNonNull(target, "target");
    }

    @Override
    public void close() {}
  }
}
