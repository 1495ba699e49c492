package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.MalformedReplyException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The HASH line of a FEAT reply (draft-bryan-ftpext-hash-02 §3.1): the algorithms a server
 * supports, the selected one marked with {@code *}.
 *
 * <pre>
 * hash-feat = SP "HASH" SP hashlist CRLF
 * hashlist  = 1*( hashname ["*"] ";" )
 * </pre>
 *
 * <p>For example {@code HASH SHA-256;SHA-512;SHA-1*;MD5}. The grammar ends every name with
 * {@code ;} but the draft's own examples, and servers, leave the last one out; both are read, and
 * the examples' form is written. Servers that mark no algorithm are read too, with no selection.
 */
public final class HashFeature {
  /** The feature name, {@code HASH}. */
  public static final String NAME = "HASH";

  private final List<HashAlgorithm> algorithms;
  private final HashAlgorithm selected;

  private HashFeature(List<HashAlgorithm> algorithms, HashAlgorithm selected) {
    this.algorithms = algorithms;
    this.selected = selected;
  }

  /**
   * Creates the feature a server announces.
   *
   * @param algorithms the supported algorithms, in the order to list them
   * @param selected the currently selected one, which must be among them
   * @return the feature
   * @throws IllegalArgumentException if {@code algorithms} is empty, has an algorithm twice, or
   *     does not hold {@code selected}
   */
  public static HashFeature of(List<HashAlgorithm> algorithms, HashAlgorithm selected) {
    Objects.requireNonNull(selected, "selected");
    Set<HashAlgorithm> distinct = new LinkedHashSet<>(algorithms);
    if (distinct.isEmpty() || distinct.size() != algorithms.size()) {
      throw new IllegalArgumentException("need one or more distinct algorithms: " + algorithms);
    }
    if (!distinct.contains(selected)) {
      throw new IllegalArgumentException(selected + " is not among " + algorithms);
    }
    return new HashFeature(List.copyOf(algorithms), selected);
  }

  /**
   * Parses the parameters of a HASH feature line, the part after {@code HASH }. Blanks around the
   * names are ignored; a name listed twice counts once.
   *
   * @param parameters such as {@code SHA-256;SHA-512;SHA-1*;MD5}
   * @return the feature
   * @throws MalformedReplyException if the list is empty, a name breaks the grammar, or more than
   *     one name is marked
   */
  public static HashFeature parse(String parameters) {
    Set<HashAlgorithm> algorithms = new LinkedHashSet<>();
    HashAlgorithm selected = null;
    String[] items = parameters.split(";", -1);
    for (int i = 0; i < items.length; i++) {
      String item = Chars.trimBlanks(items[i]);
      if (item.isEmpty() && i == items.length - 1 && i > 0) {
        break; // the grammar's trailing ";"
      }
      boolean marked = item.endsWith("*");
      HashAlgorithm algorithm =
          HashAlgorithm.of(
              marked ? item.substring(0, item.length() - 1) : item, MalformedReplyException::new);
      if (marked) {
        if (selected != null && !selected.equals(algorithm)) {
          throw new MalformedReplyException(
              "more than one selected hash algorithm in " + Chars.quote(parameters));
        }
        selected = algorithm;
      }
      algorithms.add(algorithm);
    }
    return new HashFeature(List.copyOf(algorithms), selected);
  }

  /**
   * Returns the supported algorithms in the order listed.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<HashAlgorithm> algorithms() {
    return algorithms;
  }

  /**
   * Returns the currently selected algorithm, the one HASH will use.
   *
   * @return the algorithm marked with {@code *}, or empty if the server marked none
   */
  public Optional<HashAlgorithm> selected() {
    return Optional.ofNullable(selected);
  }

  /**
   * Returns the feature's parameters.
   *
   * @return for example {@code SHA-1;SHA-256*;MD5}
   */
  public String toParameters() {
    StringJoiner list = new StringJoiner(";");
    for (HashAlgorithm algorithm : algorithms) {
      list.add(algorithm.equals(selected) ? algorithm.name() + "*" : algorithm.name());
    }
    return list.toString();
  }

  /**
   * Returns the FEAT line for this feature.
   *
   * @return {@code HASH} with {@link #toParameters()}
   */
  public Feature toFeature() {
    return new Feature(NAME, toParameters());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HashFeature that
        && algorithms.equals(that.algorithms)
        && Objects.equals(selected, that.selected);
  }

  @Override
  public int hashCode() {
    return algorithms.hashCode() * 31 + Objects.hashCode(selected);
  }

  @Override
  public String toString() {
    return NAME + " " + toParameters();
  }
}
