package dev.ferry.ftp.protocol.transfer;

import static dev.ferry.ftp.protocol.transfer.Bytes.ascii;
import static dev.ferry.ftp.protocol.transfer.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AdaptersTest {

  @Property(tries = 60)
  void inputStreamReadsTransformedBytes(
      @ForAll("data") byte[] data, @ForAll @IntRange(min = 1, max = 5000) int readSize)
      throws IOException {
    // Where blocks end depends on how the source is read; what they carry does not.
    try (InputStream in =
        Transforms.inputStream(new ByteArrayInputStream(data), BlockMode.encoder(700))) {
      byte[] wire = readAll(in, readSize);
      assertEquals(-1, in.read());
      assertArrayEquals(data, Pump.run(BlockMode.decoder(), wire));
    }
  }

  @Property(tries = 60)
  void outputStreamWritesTransformedBytes(
      @ForAll("data") byte[] data, @ForAll @IntRange(min = 1, max = 5000) int writeSize)
      throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (OutputStream out = Transforms.outputStream(sink, DeflateMode.encoder())) {
      for (int i = 0; i < data.length; i += writeSize) {
        out.write(data, i, Math.min(writeSize, data.length - i));
        out.flush();
      }
    }
    assertArrayEquals(data, DeflateModeTest.inflate(sink.toByteArray()));
  }

  @Test
  void largeWritesPassThroughTheBuffer() throws IOException {
    byte[] data = new byte[200_000];
    new Random(7).nextBytes(data);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (OutputStream out = Transforms.outputStream(sink, BlockMode.encoder())) {
      out.write(data);
    }
    assertArrayEquals(data, Pump.run(BlockMode.decoder(), sink.toByteArray()));
  }

  @Test
  void singleBytesPassBothWays() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (OutputStream out = Transforms.outputStream(sink, AsciiType.encoder())) {
      for (byte b : ascii("a\nb\n")) {
        out.write(b);
      }
    }
    assertArrayEquals(ascii("a\r\nb\r\n"), sink.toByteArray());
    try (InputStream in =
        Transforms.inputStream(
            new ByteArrayInputStream(ascii("a\r\nb\r\n")), AsciiType.decoder(LineSeparator.LF))) {
      assertEquals('a', in.read());
      assertEquals('\n', in.read());
      assertEquals(0, in.read(new byte[1], 0, 0));
      assertArrayEquals(ascii("b\n"), in.readAllBytes());
      assertEquals(-1, in.read());
    }
  }

  @Test
  void streamsRejectDataAfterTheEnd() throws IOException {
    try (InputStream in =
        Transforms.inputStream(
            new ByteArrayInputStream(hex("40 0001 61 FF")), BlockMode.decoder())) {
      assertEquals('a', in.read());
      assertThrows(TransferEncodingException.class, in::read);
    }
    try (InputStream in =
        Transforms.inputStream(new ByteArrayInputStream(hex("40 0000 FF")), BlockMode.decoder())) {
      var e = assertThrows(TransferEncodingException.class, in::read);
      assertTrue(e.getMessage().contains("after the end of the encoded stream"));
    }
    OutputStream out = Transforms.outputStream(new ByteArrayOutputStream(), BlockMode.decoder());
    assertThrows(TransferEncodingException.class, () -> out.write(hex("40 0000 FF")));
    out.close();
  }

  @Test
  void streamsPassTruncationOn() throws IOException {
    try (InputStream in =
        Transforms.inputStream(new ByteArrayInputStream(hex("00 0005 61")), BlockMode.decoder())) {
      assertThrows(TransferEncodingException.class, in::readAllBytes);
    }
    OutputStream out = Transforms.outputStream(new ByteArrayOutputStream(), BlockMode.decoder());
    out.write(hex("00 0005 61"));
    assertThrows(TransferEncodingException.class, out::close);
    out.close();
  }

  @Test
  void closedStreamsRefuse() throws IOException {
    InputStream in =
        Transforms.inputStream(new ByteArrayInputStream(new byte[1]), AsciiType.encoder());
    in.close();
    in.close();
    assertThrows(IOException.class, in::read);
    OutputStream out = Transforms.outputStream(new ByteArrayOutputStream(), AsciiType.encoder());
    out.close();
    out.close();
    assertThrows(IOException.class, () -> out.write(1));
    assertThrows(IOException.class, out::flush);
  }

  @Test
  void aTransformThatNeverFinishesIsReported() {
    ByteTransform never =
        new ByteTransform() {
          @Override
          public Result transform(ByteBuffer in, ByteBuffer out, boolean endOfInput) {
            in.position(in.limit());
            return Result.UNDERFLOW;
          }

          @Override
          public boolean isFinished() {
            return false;
          }
        };
    InputStream in = Transforms.inputStream(new ByteArrayInputStream(new byte[3]), never);
    assertThrows(IllegalStateException.class, in::read);
    ReadableByteChannel channel =
        Transforms.readableChannel(
            Channels.newChannel(new ByteArrayInputStream(new byte[3])), never);
    assertThrows(IllegalStateException.class, () -> channel.read(ByteBuffer.allocate(4)));
  }

  @Property(tries = 60)
  void readableChannelPassesNonBlockingSourcesOn(
      @ForAll("data") byte[] data, @ForAll @IntRange(min = 1, max = 3000) int step)
      throws IOException {
    byte[] wire = Pump.run(CompressedMode.encoder(CompressedMode.Filler.ASCII), data);
    Trickle source = new Trickle(wire, step);
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    try (ReadableByteChannel channel =
        Transforms.readableChannel(source, CompressedMode.decoder(CompressedMode.Filler.ASCII))) {
      ByteBuffer dst = ByteBuffer.allocateDirect(step);
      int zeros = 0;
      while (true) {
        int n = channel.read(dst);
        if (n < 0) {
          break;
        }
        zeros += n == 0 ? 1 : 0;
        assertTrue(zeros < 100_000);
        result.write(drain(dst));
      }
      assertEquals(0, channel.read(ByteBuffer.allocate(0)));
      assertTrue(channel.isOpen());
    }
    assertArrayEquals(data, result.toByteArray());
    assertFalse(source.isOpen());
  }

  @Property(tries = 60)
  void writableChannelPushesBackOnNonBlockingSinks(
      @ForAll("data") byte[] data, @ForAll @IntRange(min = 1, max = 3000) int step)
      throws IOException {
    Sink sink = new Sink(step);
    try (WritableByteChannel channel = Transforms.writableChannel(sink, AsciiType.encoder())) {
      ByteBuffer src = ByteBuffer.wrap(data);
      int zeros = 0;
      while (src.hasRemaining()) {
        zeros += channel.write(src) == 0 ? 1 : 0;
        assertTrue(zeros < 100_000);
      }
      assertTrue(channel.isOpen());
      sink.blocking = true; // close must write everything that is left
    }
    assertArrayEquals(AsciiTypeTest.wire(data), sink.bytes.toByteArray());
    assertFalse(sink.isOpen());
  }

  @Test
  void closingOnASinkThatTakesNothingFails() throws IOException {
    Sink stuck = new Sink(1);
    WritableByteChannel channel = Transforms.writableChannel(stuck, DeflateMode.encoder());
    stuck.refuse = true;
    var e = assertThrows(IOException.class, channel::close);
    assertTrue(e.getMessage().contains("blocking"));
    assertFalse(stuck.isOpen());
    assertThrows(ClosedChannelException.class, () -> channel.write(ByteBuffer.allocate(1)));
    channel.close();
  }

  @Test
  void channelsRejectDataAfterTheEnd() throws IOException {
    WritableByteChannel channel = Transforms.writableChannel(new Sink(100), BlockMode.decoder());
    assertThrows(
        TransferEncodingException.class, () -> channel.write(ByteBuffer.wrap(hex("40 0000 FF"))));
    ReadableByteChannel readable =
        Transforms.readableChannel(new Trickle(hex("40 0000 FF"), 10), BlockMode.decoder());
    assertEquals(0, readable.read(ByteBuffer.allocate(4)), "nothing to read yet");
    assertThrows(TransferEncodingException.class, () -> readable.read(ByteBuffer.allocate(4)));
    readable.close();
    readable.close();
    assertFalse(readable.isOpen());
    assertThrows(ClosedChannelException.class, () -> readable.read(ByteBuffer.allocate(4)));
  }

  @Provide
  Arbitrary<byte[]> data() {
    return Bytes.biased(6_000, (byte) '\n', (byte) ' ', (byte) 'a', (byte) 0);
  }

  private static byte[] readAll(InputStream in, int readSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[readSize];
    for (int n; (n = in.read(buffer, 0, readSize)) >= 0; ) {
      assertTrue(n > 0);
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static byte[] drain(ByteBuffer buffer) {
    buffer.flip();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes).clear();
    return bytes;
  }

  /** A non-blocking source: every other read offers nothing, the rest at most {@code step}. */
  private static final class Trickle implements ReadableByteChannel {
    private final ByteBuffer data;
    private final int step;
    private boolean dry;
    private boolean open = true;

    Trickle(byte[] data, int step) {
      this.data = ByteBuffer.wrap(data);
      this.step = step;
    }

    @Override
    public int read(ByteBuffer dst) {
      dry = !dry;
      if (dry) {
        return 0;
      }
      if (!data.hasRemaining()) {
        return -1;
      }
      int n = Math.min(step, Math.min(dst.remaining(), data.remaining()));
      dst.put(dst.position(), data, data.position(), n);
      dst.position(dst.position() + n);
      data.position(data.position() + n);
      return n;
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }
  }

  /** A non-blocking sink: every other write takes nothing, the rest at most {@code step}. */
  private static final class Sink implements WritableByteChannel {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int step;
    private boolean full;
    boolean refuse;
    boolean blocking;
    private boolean open = true;

    Sink(int step) {
      this.step = step;
    }

    @Override
    public int write(ByteBuffer src) {
      full = !full && !blocking;
      if (full || refuse) {
        return 0;
      }
      int n = Math.min(step, src.remaining());
      byte[] chunk = new byte[n];
      src.get(chunk);
      bytes.writeBytes(chunk);
      return n;
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }
  }
}
