package dev.ferry.ftp.tls.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostNamesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "0.0.0.0",
        "255.255.255.255",
        "::1",
        "2001:db8::7",
        "::ffff:192.0.2.1"
      })
  void addressLiterals(String host) {
    assertTrue(HostNames.isIpLiteral(host));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"256.0.0.1", "1.2.3", "01.2.3.4x", "localhost", "::g", "1:2:3:4:5:6:7:8:9", ""})
  void notAddressLiterals(String host) {
    assertFalse(HostNames.isIpLiteral(host));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "ftp.example.com",
        "*.example.com",
        "xn--bcher-kva.example",
        "a.b.",
        "x1-2y"
      })
  void dnsNames(String host) {
    assertTrue(HostNames.isDnsName(host));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-a.example",
        "a-.example",
        "a..b",
        "a.*.example",
        "ex ample.com",
        "a_b.example"
      })
  void notDnsNames(String host) {
    assertFalse(HostNames.isDnsName(host));
  }
}
