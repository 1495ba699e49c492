package dev.ferry.ftp.protocol;

import java.util.Objects;

/**
 * An FTP command: a {@link Verb} and its argument (RFC 959 §4.1 and §5.3).
 *
 * <p>The argument is kept exactly as it was sent: RFC 959 §5.3.2 separates the verb from its
 * argument with one space, and only that space is removed, so {@code "STOR a.txt "} has the
 * argument {@code " a.txt "} (file names may begin and end with spaces). A command without an
 * argument has the empty string. The argument may hold any character, controls included: a decoded
 * line is not filtered, and it is for the command's handler to refuse, for example, a path with NUL
 * in it.
 *
 * <p>{@link #toString()} masks the argument of {@link Verb#isSecret() secret} verbs (PASS, ACCT)
 * and escapes control characters, so a command can be logged safely; {@link #toLine()} gives the
 * line itself.
 *
 * @param verb the command verb
 * @param argument the argument, verbatim; empty when there is none
 */
public record Command(Verb verb, String argument) {
  /**
   * Creates a command.
   *
   * @param verb the command verb
   * @param argument the argument, verbatim; empty when there is none
   */
  public Command {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(argument, "argument");
  }

  /**
   * Returns a command without an argument.
   *
   * @param verb the command verb
   * @return the command
   */
  public static Command of(Verb verb) {
    return new Command(verb, "");
  }

  /**
   * Returns a command with an argument.
   *
   * @param verb the command verb
   * @param argument the argument, verbatim; empty for none
   * @return the command
   */
  public static Command of(Verb verb, String argument) {
    return new Command(verb, argument);
  }

  /**
   * Parses a command line without its end of line (RFC 959 §5.3.1): the verb runs up to the first
   * space or the end of the line, and the argument is everything after that one space.
   *
   * @param line the line, as {@link CommandDecoder} decodes it
   * @return the command
   * @throws InvalidArgumentException if the line does not begin with a verb ({@link Verb#of}); a
   *     server answers it with 500
   */
  public static Command parse(String line) {
    Objects.requireNonNull(line, "line");
    int space = line.indexOf(' ');
    if (space < 0) {
      return new Command(Verb.of(line), "");
    }
    return new Command(Verb.of(line.substring(0, space)), line.substring(space + 1));
  }

  /**
   * Returns whether the command has a non-empty argument.
   *
   * @return {@code true} if the argument is not empty
   */
  public boolean hasArgument() {
    return !argument.isEmpty();
  }

  /**
   * Returns the command line a client sends, without its end of line: the verb, then one space and
   * the argument if there is one. It is not checked for CR or LF; {@link CommandEncoder} is.
   *
   * @return the line
   */
  public String toLine() {
    return argument.isEmpty() ? verb.name() : verb.name() + ' ' + argument;
  }

  /**
   * Returns the command for logs: the argument of a secret verb is replaced by {@code ****} and
   * control characters are escaped.
   *
   * @return a description safe to log
   */
  @Override
  public String toString() {
    if (argument.isEmpty()) {
      return verb.name();
    }
    return verb.name() + ' ' + (verb.isSecret() ? "****" : Text.escape(argument));
  }
}
