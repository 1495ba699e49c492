package dev.ferry.ftp.server;

/**
 * What active-mode targets (PORT, EPRT) the server connects to. The defaults follow RFC 2577 §3
 * (the "bounce attack"): only the client's own address, and never a privileged port.
 *
 * @param allowOtherAddresses whether a PORT or EPRT may name an address other than the control
 *     connection's client (a "proxy FTP" transfer between two servers); off by default
 * @param allowPrivilegedPorts whether a PORT or EPRT may name a port below 1024; off by default
 */
public record ActiveConfig(boolean allowOtherAddresses, boolean allowPrivilegedPorts) {
  /**
   * Returns the safe default: the client's own address, ports 1024 and above.
   *
   * @return the configuration
   */
  public static ActiveConfig strict() {
    return new ActiveConfig(false, false);
  }
}
