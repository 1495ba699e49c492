package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.internal.data.DataChannelSetup;
import dev.ferry.ftp.server.internal.data.PassiveListener;
import dev.ferry.ftp.server.internal.data.PassivePortPool;
import dev.ferry.ftp.server.internal.session.Session;
import java.io.IOException;

/** What PASV, EPSV, PORT and EPRT share. */
final class DataSetups {
  private DataSetups() {}

  /**
   * Refuses a data setup command other than EPSV after {@code EPSV ALL}. RFC 2428 §4 says the
   * server MUST reject them without naming a code; the command is valid but not in this state of
   * the session, which is what {@code 503} (bad sequence) means.
   */
  static void checkNotEpsvAll(Session session, Verb verb) {
    if (session.epsvAll()) {
      throw CommandFailedException.badSequence(verb + " not allowed after EPSV ALL.");
    }
  }

  /** Opens a passive listener on the address the client reached and makes it the setup. */
  static PassiveListener listen(Session session, PassivePortPool pool) throws IOException {
    session.dataSetup(DataChannelSetup.NONE);
    PassiveListener listener = pool.open(session.server().getAddress(), session.passive());
    session.dataSetup(new DataChannelSetup.Passive(listener));
    return listener;
  }
}
