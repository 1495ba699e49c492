package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.Credentials;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the password of a URL's user comes from, first found wins: the URL itself, the {@value
 * #ENVIRONMENT_VARIABLE} environment variable, a prompt on the terminal, else none (an empty
 * password). Without a user in the URL the login is anonymous (RFC 1635).
 *
 * @param environment the environment variables
 * @param prompt asks the person at the terminal, or returns empty when nobody can answer
 */
record PasswordSource(Map<String, String> environment, Function<String, Optional<String>> prompt) {
  /** The environment variable that holds the password, so that it stays out of the command line. */
  static final String ENVIRONMENT_VARIABLE = "FERRY_PASSWORD";

  /**
   * Returns the source of a real process: its environment and its terminal.
   *
   * @return the source
   */
  static PasswordSource system() {
    return new PasswordSource(System.getenv(), Terminal::readPassword);
  }

  /**
   * Returns the credentials to log in to a URL's server with.
   *
   * @param url the URL
   * @return the credentials
   */
  Credentials credentials(FtpUrl url) {
    if (url.user().isEmpty()) {
      return Credentials.anonymous();
    }
    String user = url.user().get();
    if (url.password().isPresent()) {
      return Credentials.of(user, url.password().get());
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null) {
      return Credentials.of(user, fromEnvironment);
    }
    if (user.equals("anonymous") || user.equals("ftp")) {
      return Credentials.of(user, Credentials.anonymous().password());
    }
    return Credentials.of(
        user, prompt.apply("Password for " + user + "@" + url.host() + ": ").orElse(""));
  }
}
