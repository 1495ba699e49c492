package dev.ferry.ftp.protocol.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Drives a transform the way a caller would, with buffers of chosen sizes and kinds, and checks the
 * {@link ByteTransform} contract on every call: OVERFLOW only with a full output buffer, UNDERFLOW
 * only with the input consumed (or finished), finished after end of input, and no write outside
 * position…limit.
 */
final class Pump {
  private static final byte CANARY = 0x5A;
  private static final int GUARD = 3;

  /** How a buffer is allocated: the paths the transforms take differ by kind. */
  enum Kind {
    HEAP,
    /** A heap slice with a nonzero array offset, guard bytes around it, and a nonzero position. */
    OFFSET,
    DIRECT,
    /** Input only; for output it falls back to {@link #DIRECT}. */
    READ_ONLY
  }

  /** What came out, and how many input bytes a finished decoder left unread. */
  record Outcome(byte[] output, int leftover) {}

  private final List<Integer> inChunks;
  private final List<Integer> outSizes;
  private final Kind inKind;
  private final Kind outKind;

  Pump(List<Integer> inChunks, List<Integer> outSizes, Kind inKind, Kind outKind) {
    this.inChunks = inChunks.isEmpty() ? List.of(Integer.MAX_VALUE) : inChunks;
    this.outSizes = outSizes.isEmpty() ? List.of(8192) : outSizes;
    this.inKind = inKind;
    this.outKind = outKind;
  }

  @Override
  public String toString() {
    return "Pump[in " + inKind + " " + inChunks + ", out " + outKind + " " + outSizes + "]";
  }

  /** Whole input at once, big output buffer: the simplest caller. */
  static Pump simple() {
    return new Pump(List.of(), List.of(), Kind.HEAP, Kind.HEAP);
  }

  /** Feeds the input in chunks of {@code inChunk} bytes, output buffers of {@code outSize}. */
  static Pump of(int inChunk, int outSize) {
    return new Pump(List.of(inChunk), List.of(outSize), Kind.HEAP, Kind.HEAP);
  }

  static byte[] run(ByteTransform transform, byte[] input) {
    return simple().outcome(transform, input).output();
  }

  byte[] apply(ByteTransform transform, byte[] input) {
    Outcome outcome = outcome(transform, input);
    assertEquals(0, outcome.leftover(), "input left after the transform finished");
    return outcome.output();
  }

  Outcome outcome(ByteTransform transform, byte[] input) {
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    Window[] outWindows = new Window[outSizes.size()];
    int fed = 0;
    int inIndex = 0;
    int outIndex = 0;
    boolean endOfInput = input.length == 0;
    Window in = window(inKind, new byte[0]);
    ByteBuffer direct = null;
    Window out = outWindow(outWindows, outIndex++);
    long maxCalls = 10_000L + 50L * input.length;
    for (long calls = 0; ; calls++) {
      if (calls > maxCalls) {
        fail("no end after " + calls + " calls");
      }
      int inBefore = in.buffer.position();
      ByteTransform.Result r = transform.transform(in.buffer, out.buffer, endOfInput);
      in.checkGuards();
      out.checkGuards();
      assertTrue(in.buffer.position() >= inBefore);
      if (r == ByteTransform.Result.OVERFLOW) {
        assertFalse(out.buffer.hasRemaining(), "OVERFLOW with room in the output");
        out.drainTo(result);
        out = outWindow(outWindows, outIndex++);
        continue;
      }
      if (transform.isFinished()) {
        out.drainTo(result);
        return new Outcome(result.toByteArray(), in.buffer.remaining() + input.length - fed);
      }
      assertFalse(in.buffer.hasRemaining(), "UNDERFLOW with input left");
      assertFalse(endOfInput, "UNDERFLOW at end of input, but not finished");
      int n = Math.min(inChunks.get(inIndex++ % inChunks.size()), input.length - fed);
      if (inKind == Kind.DIRECT) {
        // One direct buffer, refilled: allocating one per chunk would dominate the test's time.
        if (direct == null || direct.capacity() < n) {
          direct = ByteBuffer.allocateDirect(Math.max(n, 64));
        }
        direct.clear().put(input, fed, n).flip();
        in = new Window(direct, null, 0);
      } else {
        in = window(inKind, Arrays.copyOfRange(input, fed, fed + n));
      }
      fed += n;
      endOfInput = fed == input.length;
    }
  }

  /** Output windows are reused, as a caller reuses its buffer once it has drained it. */
  private Window outWindow(Window[] windows, int index) {
    int i = index % windows.length;
    if (windows[i] == null) {
      Kind kind = outKind == Kind.READ_ONLY ? Kind.DIRECT : outKind;
      windows[i] = window(kind, new byte[outSizes.get(i)]);
    }
    windows[i].buffer.position(windows[i].start);
    return windows[i];
  }

  private static Window window(Kind kind, byte[] content) {
    return switch (kind) {
      case HEAP -> new Window(ByteBuffer.wrap(content), null, 0);
      case DIRECT ->
          new Window(ByteBuffer.allocateDirect(content.length).put(content).flip(), null, 0);
      case READ_ONLY -> new Window(ByteBuffer.wrap(content).asReadOnlyBuffer(), null, 0);
      case OFFSET -> {
        byte[] backing = new byte[content.length + 4 * GUARD];
        Arrays.fill(backing, CANARY);
        ByteBuffer slice = ByteBuffer.wrap(backing, GUARD, content.length + 3 * GUARD).slice();
        slice.position(GUARD).limit(GUARD + content.length);
        slice.put(slice.position(), content);
        yield new Window(slice, backing, GUARD);
      }
    };
  }

  /** A buffer, and for {@link Kind#OFFSET} the backing array whose guard bytes must not change. */
  private static final class Window {
    final ByteBuffer buffer;
    final byte[] backing;
    final int start;
    final int limit;

    Window(ByteBuffer buffer, byte[] backing, int start) {
      this.buffer = buffer;
      this.backing = backing;
      this.start = buffer.position();
      this.limit = buffer.limit();
      assertEquals(start, this.start);
    }

    void checkGuards() {
      assertEquals(limit, buffer.limit(), "limit moved");
      if (backing == null) {
        return;
      }
      int offset = buffer.arrayOffset();
      for (int i = 0; i < offset + start; i++) {
        assertEquals(CANARY, backing[i], "write before the buffer's position");
      }
      for (int i = offset + limit; i < backing.length; i++) {
        assertEquals(CANARY, backing[i], "write after the buffer's limit");
      }
    }

    void drainTo(ByteArrayOutputStream sink) {
      byte[] bytes = new byte[buffer.position() - start];
      buffer.get(start, bytes);
      sink.writeBytes(bytes);
    }
  }
}
