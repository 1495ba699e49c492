package dev.ferry.ftp.protocol.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * A transfer with records and restart markers, as a list of steps: what a {@link FramingEncoder} is
 * asked to do, and what a decoder must give back.
 */
record FramingScript(List<Step> steps) {

  sealed interface Step {}

  record Data(byte[] bytes) implements Step {
    @Override
    public String toString() {
      return "Data[" + bytes.length + "]";
    }
  }

  record EndRecord() implements Step {}

  record Marker(String marker) implements Step {}

  /** Two records with a restart marker {@code R1} between them. */
  static FramingScript twoRecordsAroundMarker(byte[] first, byte[] second) {
    return new FramingScript(
        List.of(new Data(first), new EndRecord(), new Marker("R1"), new Data(second),
            new EndRecord()));
  }

  static Arbitrary<FramingScript> scripts(Arbitrary<byte[]> data, int maxMarker) {
    Arbitrary<Step> step =
        Arbitraries.frequencyOf(
            Tuple.of(5, data.map(Data::new)),
            Tuple.of(1, Arbitraries.just(new EndRecord())),
            Tuple.of(
                1,
                Arbitraries.strings()
                    .withCharRange('!', '~')
                    .ofMinLength(1)
                    .ofMaxLength(maxMarker)
                    .map(Marker::new)));
    return step.list().ofMaxSize(8).map(FramingScript::new);
  }

  byte[] data() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Step step : steps) {
      if (step instanceof Data d) {
        out.writeBytes(d.bytes());
      }
    }
    return out.toByteArray();
  }

  List<TransferEvent> events() {
    List<TransferEvent> events = new ArrayList<>();
    long offset = 0;
    for (Step step : steps) {
      switch (step) {
        case Data d -> offset += d.bytes().length;
        case EndRecord e -> events.add(new TransferEvent.EndOfRecord(offset));
        case Marker m -> events.add(new TransferEvent.RestartMarker(offset, m.marker()));
      }
    }
    return events;
  }

  /** Runs the steps through the encoder, feeding data in chunks of {@code chunk} bytes. */
  byte[] encode(FramingEncoder encoder, int chunk, int outSize) {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    ByteBuffer out = ByteBuffer.allocate(outSize);
    for (Step step : steps) {
      switch (step) {
        case EndRecord e -> encoder.endRecord();
        case Marker m -> encoder.restartMarker(m.marker());
        case Data d -> {
          for (int i = 0; i < d.bytes().length; i += chunk) {
            ByteBuffer in = ByteBuffer.wrap(d.bytes(), i, Math.min(chunk, d.bytes().length - i));
            while (encoder.transform(in, out, false) == ByteTransform.Result.OVERFLOW) {
              assertFalse(out.hasRemaining());
              drain(out, wire);
            }
            assertFalse(in.hasRemaining());
          }
        }
      }
    }
    while (encoder.transform(ByteBuffer.allocate(0), out, true) == ByteTransform.Result.OVERFLOW) {
      drain(out, wire);
    }
    drain(out, wire);
    assertTrue(encoder.isFinished());
    return wire.toByteArray();
  }

  /** Decodes {@code wire} and checks that data and events match the script. */
  void checkDecodes(ByteTransform decoder, List<TransferEvent> received, byte[] wire, Pump pump) {
    byte[] data = pump.apply(decoder, wire);
    assertEquals(Bytes.hex(data()), Bytes.hex(data));
    assertEquals(events(), received);
  }

  private static void drain(ByteBuffer out, ByteArrayOutputStream wire) {
    wire.write(out.array(), 0, out.position());
    out.clear();
  }
}
