package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Timeval;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;

/**
 * MFMT (draft-somers-ftp-mfxx-04 §3): sets an entry's modification time, where the backend can
 * ({@link Capability#SET_MODIFIED_TIME}).
 */
final class MfmtHandler extends SetTimeHandler {
  @Inject
  MfmtHandler() {
    super(Verb.MFMT, Capability.SET_MODIFIED_TIME, Timeval.TimedPath.MODIFY,
        "modification time");
  }

  @Override
  void set(VirtualFileSystem fileSystem, VirtualPath path, Instant time) throws IOException {
    fileSystem.setModifiedTime(path, time);
  }
}
