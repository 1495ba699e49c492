package dev.ferry.ftp.protocol.transfer;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random callers: chunk sizes for input and output (down to one byte) and buffer kinds. */
final class PumpArbitraries {
  private PumpArbitraries() {}

  static Arbitrary<Pump> pumps() {
    Arbitrary<List<Integer>> sizes =
        Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 4)),
                Tuple.of(2, Arbitraries.integers().between(5, 64)),
                Tuple.of(1, Arbitraries.integers().between(65, 20_000)))
            .list()
            .ofMinSize(1)
            .ofMaxSize(6);
    Arbitrary<Pump.Kind> kinds = Arbitraries.of(Pump.Kind.class);
    return Combinators.combine(sizes, sizes, kinds, kinds).as(Pump::new);
  }
}
