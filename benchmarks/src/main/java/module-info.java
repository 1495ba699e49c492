/**
 * Ferry's benchmarks: JMH micro-benchmarks of the codec and storage layers and end-to-end load
 * benchmarks of the server. Not shipped. The shaded {@code benchmarks.jar} runs them on the class
 * path, where JMH's generated classes need no module exports, so nothing is exported. The server's
 * end-to-end benchmark runs on the module path instead ({@code benchmarks/scripts/server-e2e.sh}),
 * where backends are found through their {@code provides}.
 */
module dev.ferry.ftp.benchmarks {
  requires dev.ferry.ftp.protocol;
  requires dev.ferry.ftp.server;
  requires dev.ferry.ftp.vfs;
  requires jmh.core;
}
