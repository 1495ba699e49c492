package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.inject.multibindings.Multibinder;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.event.FtpEventListener;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A listener behind a load balancer: PROXY protocol headers of version 1 and 2, written out by
 * hand, on a real socket. The client they name is the session's client, for events and for the
 * bounce check of PORT.
 */
class ProxyProtocolE2ETest {
  private static final BlockingQueue<InetSocketAddress> CONNECTED = new LinkedBlockingQueue<>();
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    FtpEventListener connections = event -> {
      if (event instanceof FtpEvent.Connected connected) {
        CONNECTED.add(connected.client());
      }
    };
    server = TestServer.start(builder -> builder
        .listener(ListenerConfig.loopback().withProxyProtocol(true))
        .module(binder -> Multibinder.newSetBinder(binder, FtpEventListener.class)
            .addBinding().toInstance(connections)));
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    server.assertIdle();
    CONNECTED.clear();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static InetSocketAddress connected() throws InterruptedException {
    InetSocketAddress client = CONNECTED.poll(10, TimeUnit.SECONDS);
    if (client == null) {
      throw new AssertionError("no Connected event");
    }
    return client;
  }

  private static RawControl open(byte[] header) throws IOException {
    RawControl control = new RawControl(server.port());
    OutputStream out = control.socket().getOutputStream();
    out.write(header);
    out.flush();
    return control;
  }

  @Test
  void versionOneNamesTheClientThatBounceChecksUse() throws Exception {
    byte[] header = "PROXY TCP4 203.0.113.7 127.0.0.1 40000 21\r\n"
        .getBytes(StandardCharsets.US_ASCII);
    try (RawControl control = open(header)) {
      assertEquals(220, control.code());
      assertEquals(new InetSocketAddress("203.0.113.7", 40000), connected());
      assertEquals(331, control.command("USER alice"));
      assertEquals(230, control.command("PASS " + TestServer.PASSWORD));
      // The balancer's address (127.0.0.1) is not the client's: a data connection there would
      // be a bounce (RFC 2577 §3).
      assertEquals(504, control.command("PORT 127,0,0,1,200,10"));
      assertEquals(221, control.command("QUIT"));
    }
  }

  @Test
  void versionTwoNamesAnIpv6Client() throws Exception {
    // Signature, version 2 PROXY, TCP over IPv6, 36 bytes of addresses, then a 3-byte TLV that
    // is skipped.
    byte[] header = HexFormat.of().parseHex("0D0A0D0A000D0A515549540A" + "21" + "21" + "0027"
        + "20010db8000000000000000000000001" + "00000000000000000000000000000001"
        + "9c40" + "0015" + "040000");
    try (RawControl control = open(header)) {
      assertEquals(220, control.code());
      assertEquals(new InetSocketAddress("2001:db8::1", 40000), connected());
      assertEquals(221, control.command("QUIT"));
    }
  }

  @Test
  void aLocalOrUnknownHeaderLeavesTheConnectionsOwnPeer() throws Exception {
    List<byte[]> headers = List.of(
        HexFormat.of().parseHex("0D0A0D0A000D0A515549540A" + "20" + "00" + "0000"),
        "PROXY UNKNOWN\r\n".getBytes(StandardCharsets.US_ASCII));
    for (byte[] header : headers) {
      try (RawControl control = open(header)) {
        assertEquals(220, control.code());
        assertEquals("127.0.0.1", connected().getAddress().getHostAddress());
        assertEquals(221, control.command("QUIT"));
      }
    }
  }

  @Test
  void aConnectionWithoutAValidHeaderIsClosedUngreeted() throws Exception {
    for (String bad : List.of("USER alice\r\n", "PROXY TCP4 203.0.113.7 127.0.0.1 99999 21\r\n",
        "PROXY TCP4 example.org 127.0.0.1 40000 21\r\n",
        "PROXY TCP6 203.0.113.7 127.0.0.1 40000 21\r\n", "PROXY " + "x".repeat(200))) {
      try (RawControl control = open(bad.getBytes(StandardCharsets.US_ASCII))) {
        assertNull(control.line(), bad);
      }
    }
    // The server goes on serving.
    try (RawControl control = open("PROXY TCP4 198.51.100.2 127.0.0.1 1 21\r\n"
        .getBytes(StandardCharsets.US_ASCII))) {
      assertEquals(220, control.code());
      assertEquals(new InetSocketAddress("198.51.100.2", 1), connected());
    }
  }
}
