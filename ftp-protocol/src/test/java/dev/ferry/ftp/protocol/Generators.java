package dev.ferry.ftp.protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators of commands and replies, shared by the codec tests. */
final class Generators {
  private Generators() {}

  /** Argument text: no CR or LF, but spaces, digits, quotes, controls, NUL and non-ASCII. */
  static Arbitrary<String> arguments() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('\0', '\t', '\u007f', 'é', 'ÿ', '中', '\u2028', '\u0085')
        .ofMaxLength(40);
  }

  /** Like {@link #arguments()} but only ISO-8859-1 characters whose encoding is not UTF-8. */
  static Arbitrary<String> latin1Arguments() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('\0', '\t', 'é', 'ÿ', 'Ø')
        .ofMaxLength(40);
  }

  /** Reply text: like arguments, plus line breaks of every kind. */
  static Arbitrary<String> replyText() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('0', '9')
        .withChars('\0', '\t', '\r', '\n', 'é', 'ÿ', '中')
        .ofMaxLength(30);
  }

  static Arbitrary<Verb> verbs() {
    Arbitrary<Verb> known = Arbitraries.of(Verb.known());
    Arbitrary<Verb> any =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .ofMinLength(1)
            .ofMaxLength(16)
            .map(Verb::of);
    return Arbitraries.oneOf(known, any);
  }

  static Arbitrary<Reply> replies(Arbitrary<String> text) {
    Arbitrary<ReplyCode> codes = Arbitraries.integers().between(100, 699).map(ReplyCode::of);
    return Combinators.combine(codes, text.list().ofMinSize(1).ofMaxSize(6)).as(Reply::of);
  }

  /** Commands with arguments from {@link #arguments()}. */
  static final class Commands implements ArbitrarySupplier<Command> {
    @Override
    public Arbitrary<Command> get() {
      return Combinators.combine(verbs(), arguments()).as(Command::new);
    }
  }

  /** Commands with arguments from {@link #latin1Arguments()}. */
  static final class Latin1Commands implements ArbitrarySupplier<Command> {
    @Override
    public Arbitrary<Command> get() {
      return Combinators.combine(verbs(), latin1Arguments()).as(Command::new);
    }
  }

  /** Text from {@link #latin1Arguments()}. */
  static final class Latin1Texts implements ArbitrarySupplier<String> {
    @Override
    public Arbitrary<String> get() {
      return latin1Arguments();
    }
  }

  /** Replies with text from {@link #replyText()}. */
  static final class Replies implements ArbitrarySupplier<Reply> {
    @Override
    public Arbitrary<Reply> get() {
      return replies(replyText());
    }
  }

  /** Bytes biased towards what matters to line framing and Telnet. */
  static final class WireBytes implements ArbitrarySupplier<byte[]> {
    @Override
    public Arbitrary<byte[]> get() {
      Arbitrary<Byte> special =
          Arbitraries.of(
              (byte) '\r',
              (byte) '\n',
              (byte) ' ',
              (byte) '-',
              (byte) '2',
              (byte) '0',
              (byte) 'A',
              (byte) 0xFF,
              (byte) 0xFA,
              (byte) 0xF0,
              (byte) 0xF4,
              (byte) 0xF2,
              (byte) 0xFB,
              (byte) 0xC3,
              (byte) 0xA9);
      return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.bytes()), Tuple.of(2, special))
          .array(byte[].class)
          .ofMaxSize(400);
    }
  }
}
