package dev.ferry.ftp.server.internal.listing;

/**
 * The argument of LIST and NLST as clients really send it: {@code ls}-style options first
 * ({@code -a}, {@code -l}, {@code -la}, several groups), then an optional path. The options are
 * accepted and ignored: the long format is LIST's and no entry is hidden.
 *
 * @param path the path part, empty for the working directory
 */
public record ListArguments(String path) {
  /**
   * Splits off the options.
   *
   * @param argument the command's argument
   * @return the path part
   */
  public static ListArguments parse(String argument) {
    String rest = argument;
    while (rest.startsWith("-") && rest.length() > 1 && Character.isLetter(rest.charAt(1))) {
      int end = 1;
      while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
        end++;
      }
      if (end < rest.length() && rest.charAt(end) != ' ') {
        break;
      }
      rest = rest.substring(end).stripLeading();
    }
    return new ListArguments(rest);
  }
}
