package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.internal.Chars;

/** Parses the one-letter arguments of STRU and MODE. */
final class Codes {
  private Codes() {}

  /**
   * Returns the index in {@code codes} of the argument's letter.
   *
   * @param argument the argument, one letter in either case with optional blanks around it
   * @param codes the upper-case letters allowed, in the order of the enum's constants
   * @param command the command, for the message
   */
  static int parse(String argument, String codes, String command) {
    String text = Chars.trimBlanks(argument);
    int index = text.length() == 1 ? codes.indexOf(Chars.toUpperCase(text.charAt(0))) : -1;
    if (index < 0) {
      throw new InvalidArgumentException(
          command
              + " takes one of "
              + String.join(", ", codes.split(""))
              + ", not "
              + Chars.quote(argument));
    }
    return index;
  }
}
