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
 * MFCT (draft-somers-ftp-mfxx-04 §4): sets an entry's creation time, where the backend can
 * ({@link Capability#SET_CREATION_TIME}: the memory backend, local disks on Windows and macOS;
 * not Linux, which cannot set a birth time). MLST and MLSD then report it as the {@code create}
 * fact.
 */
final class MfctHandler extends SetTimeHandler {
  @Inject
  MfctHandler() {
    super(Verb.MFCT, Capability.SET_CREATION_TIME, Timeval.TimedPath.CREATE, "creation time");
  }

  @Override
  void set(VirtualFileSystem fileSystem, VirtualPath path, Instant time) throws IOException {
    fileSystem.setCreationTime(path, time);
  }
}
