package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.internal.Chars;
import java.util.Objects;

/**
 * One line of a FEAT reply (RFC 2389 §3.2): a feature name and, for some features, parameters.
 *
 * <pre>
 * feature       = feature-label [ SP feature-parms ]
 * feature-label = 1*VCHAR
 * feature-parms = 1*TCHAR
 * </pre>
 *
 * <p>Names are case-insensitive and are kept in upper case. Parameters are kept as written (their
 * grammar belongs to each feature, for example {@code type*;size*;} for MLST), without the blanks
 * around them.
 *
 * @param name the feature name, such as {@code MDTM}, {@code REST} or {@code AUTH}
 * @param parameters the parameters, such as {@code STREAM} or {@code TLS}; empty if there are none
 */
public record Feature(String name, String parameters) {
  /**
   * Checks both parts and upper-cases the name.
   *
   * @throws IllegalArgumentException if the name is empty or has other than visible ASCII, or the
   *     parameters start or end with a blank or hold a control character
   */
  public Feature {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
    String problem = problem(name, parameters);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    name = Chars.toUpperCase(name);
  }

  /**
   * Creates a feature without parameters.
   *
   * @param name the feature name
   * @return the feature
   * @throws IllegalArgumentException if the name is not 1*VCHAR
   */
  public static Feature of(String name) {
    return new Feature(name, "");
  }

  /**
   * Creates a feature with parameters.
   *
   * @param name the feature name
   * @param parameters the parameters, empty for none
   * @return the feature
   * @throws IllegalArgumentException if either part breaks the grammar
   */
  public static Feature of(String name, String parameters) {
    return new Feature(name, parameters);
  }

  /**
   * Tells whether this feature has the given name, ignoring case.
   *
   * @param other a feature name
   * @return whether the names are equal but for case
   */
  public boolean hasName(String other) {
    return Chars.equalsIgnoreCase(name, other);
  }

  /**
   * Returns the feature line as it appears in the FEAT reply: one space, the name, and the
   * parameters after another space.
   *
   * @return for example {@code " REST STREAM"}
   */
  public String toReplyLine() {
    return parameters.isEmpty() ? " " + name : " " + name + " " + parameters;
  }

  /** Says what is wrong with a name and parameters, or returns null if nothing is. */
  static String problem(String name, String parameters) {
    if (name.isEmpty()) {
      return "a feature name cannot be empty";
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Chars.isVisible(name.charAt(i))) {
        return "a feature name is visible ASCII only: " + Chars.quote(name);
      }
    }
    if (!Chars.isTrimmed(parameters)) {
      return "feature parameters cannot start or end with a blank: " + Chars.quote(parameters);
    }
    if (Chars.hasControl(parameters)) {
      return "feature parameters cannot hold control characters: " + Chars.quote(parameters);
    }
    return null;
  }
}
