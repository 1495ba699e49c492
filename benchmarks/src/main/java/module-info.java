/**
 * Ferry's benchmarks: JMH micro-benchmarks of the codec and storage layers, end-to-end load
 * benchmarks of the server, and the client's end-to-end throughput next to peer clients. Not
 * shipped. The shaded {@code benchmarks.jar} runs them on the class path, where JMH's generated
 * classes need no module exports, so nothing is exported. The end-to-end benchmarks run on the
 * module path instead ({@code benchmarks/scripts/server-e2e.sh}, {@code client-e2e.sh}), where
 * backends are found through their {@code provides}.
 */
module dev.ferry.ftp.benchmarks {
  requires dev.ferry.ftp.client;
  requires dev.ferry.ftp.protocol;
  requires dev.ferry.ftp.server;
  requires dev.ferry.ftp.vfs;
  requires jdk.management;
  requires jmh.core;
  requires org.apache.commons.net;
}
