package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.Objects;

/**
 * The argument of OPTS (RFC 2389 §4): the command whose options to set, and the options.
 *
 * <pre>
 * opts-cmd        = opts-cmd-name SP command-name [ SP command-options ] CRLF
 * command-name    = &lt;any FTP command which allows option setting&gt;
 * command-options = &lt;format specified by individual FTP command&gt;
 * </pre>
 *
 * <p>Examples: {@code UTF8 ON}, {@code MLST type;size;modify;}, {@code HASH SHA-256}. The command
 * name is case-insensitive and kept in upper case; the options are kept as written, their grammar
 * belongs to the command.
 *
 * @param commandName the command, such as {@code MLST}
 * @param options the options, without surrounding blanks; empty if there are none
 */
public record OptsArgument(String commandName, String options) {
  /** Longer than any command name, short enough to quote. */
  private static final int MAX_NAME_LENGTH = 16;

  /**
   * Checks both parts and upper-cases the command name.
   *
   * @throws IllegalArgumentException if the command name is not letters, digits and {@code -}, or
   *     the options start or end with a blank or hold a control character
   */
  public OptsArgument {
    Objects.requireNonNull(commandName, "commandName");
    Objects.requireNonNull(options, "options");
    String problem = problem(commandName, options);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    commandName = Chars.toUpperCase(commandName);
  }

  /**
   * Parses an OPTS argument. Blanks around it and between its two parts are ignored.
   *
   * @param argument the argument, such as {@code utf8 on}
   * @return the command name and options
   * @throws InvalidArgumentException if there is no command name, it is not letters, digits and
   *     {@code -}, or the options hold a control character
   */
  public static OptsArgument parse(String argument) {
    String text = Chars.trimBlanks(argument);
    int end = 0;
    while (end < text.length() && !Chars.isBlank(text.charAt(end))) {
      end++;
    }
    String name = text.substring(0, end);
    String options = Chars.trimBlanks(text.substring(end));
    String problem = problem(name, options);
    if (problem != null) {
      throw new InvalidArgumentException(problem);
    }
    return new OptsArgument(name, options);
  }

  /**
   * Tells whether these options are for a command, ignoring case.
   *
   * @param name a command name
   * @return whether it is this argument's command
   */
  public boolean isFor(String name) {
    return Chars.equalsIgnoreCase(commandName, name);
  }

  /**
   * Returns the argument as sent on the wire.
   *
   * @return the command name, and the options after one space if there are any
   */
  public String toArgument() {
    return options.isEmpty() ? commandName : commandName + " " + options;
  }

  private static String problem(String name, String options) {
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      return "OPTS takes a command name of 1-"
          + MAX_NAME_LENGTH
          + " characters, not "
          + Chars.quote(name);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Chars.isLetter(c) && !Chars.isDigit(c) && c != '-') {
        return "OPTS takes a command name of letters and digits, not " + Chars.quote(name);
      }
    }
    if (!Chars.isTrimmed(options)) {
      return "OPTS options cannot start or end with a blank: " + Chars.quote(options);
    }
    if (Chars.hasControl(options)) {
      return "OPTS options cannot hold control characters: " + Chars.quote(options);
    }
    return null;
  }
}
