/**
 * Ferry's test support. {@link dev.ferry.ftp.testkit.docs} checks that guides quote tested code;
 * {@link dev.ferry.ftp.testkit.vfs} holds the storage backend contract
 * suite: an abstract JUnit 5 class every backend extends to prove it keeps the SPI's contract, and
 * a file-system decorator that fails tests which leak channels, cursors or uploads.
 */
module dev.ferry.ftp.testkit {
  requires transitive dev.ferry.ftp.vfs;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  // Thread CPU time: the listing-is-streamed check must not depend on the machine's load.
  requires java.management;

  exports dev.ferry.ftp.testkit.docs;
  exports dev.ferry.ftp.testkit.vfs;
  // JUnit calls the suite's lifecycle methods reflectively.
  opens dev.ferry.ftp.testkit.vfs to org.junit.platform.commons;
}
