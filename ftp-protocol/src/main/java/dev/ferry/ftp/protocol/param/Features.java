package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.MalformedReplyException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The features a server announces in its reply to FEAT (RFC 2389 §3), in the order it lists them.
 *
 * <pre>
 * feat-response   = error-response / no-features / feature-listing
 * no-features     = "211" SP *TCHAR CRLF
 * feature-listing = "211-" *TCHAR CRLF
 *                   1*( SP feature CRLF )
 *                   "211 End" CRLF
 * </pre>
 *
 * <p>Names are case-insensitive. A name may appear more than once: servers list {@code AUTH TLS}
 * and {@code AUTH SSL} as two lines, so {@link #find} returns the first and {@link #findAll} every
 * one.
 */
public final class Features {
  private static final Features NONE = new Features(List.of());

  private static final String NO_FEATURES = "No features supported";

  private final List<Feature> features;

  private Features(List<Feature> features) {
    this.features = features;
  }

  /**
   * Returns the empty set of features.
   *
   * @return no features
   */
  public static Features none() {
    return NONE;
  }

  /**
   * Returns the given features, in order.
   *
   * @param features the features
   * @return the features
   */
  public static Features of(Feature... features) {
    return of(Arrays.asList(features));
  }

  /**
   * Returns the given features, in order.
   *
   * @param features the features
   * @return the features
   */
  public static Features of(List<Feature> features) {
    return features.isEmpty() ? NONE : new Features(List.copyOf(features));
  }

  /**
   * Returns these features and one more at the end.
   *
   * @param feature the feature to add
   * @return a new value; this one is unchanged
   */
  public Features with(Feature feature) {
    List<Feature> more = new ArrayList<>(features.size() + 1);
    more.addAll(features);
    more.add(feature);
    return new Features(List.copyOf(more));
  }

  /**
   * Returns every feature, in the order listed.
   *
   * @return an unmodifiable list
   */
  public List<Feature> all() {
    return features;
  }

  /**
   * Tells whether a feature is listed.
   *
   * @param name the feature name, in any case
   * @return whether a feature with that name is present
   */
  public boolean contains(String name) {
    return find(name).isPresent();
  }

  /**
   * Returns the first feature with a name.
   *
   * @param name the feature name, in any case
   * @return the feature, or empty if it is not listed
   */
  public Optional<Feature> find(String name) {
    for (Feature feature : features) {
      if (feature.hasName(name)) {
        return Optional.of(feature);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every feature with a name, such as both {@code AUTH TLS} and {@code AUTH SSL}.
   *
   * @param name the feature name, in any case
   * @return the features with that name in the order listed, possibly none
   */
  public List<Feature> findAll(String name) {
    return features.stream().filter(feature -> feature.hasName(name)).toList();
  }

  /**
   * Returns the text lines of the 211 reply, without the reply code: {@code Features:}, one line
   * per feature starting with exactly one space, and {@code End}. The reply formatter adds
   * {@code 211-} to the first line and {@code 211 } to the last. With no features it is the single
   * line of RFC 2389's {@code no-features} form.
   *
   * @return the lines, for example {@code ["Features:", " MDTM", " REST STREAM", "End"]}
   */
  public List<String> toReplyLines() {
    if (features.isEmpty()) {
      return List.of(NO_FEATURES);
    }
    List<String> lines = new ArrayList<>(features.size() + 2);
    lines.add("Features:");
    for (Feature feature : features) {
      lines.add(feature.toReplyLine());
    }
    lines.add("End");
    return List.copyOf(lines);
  }

  /**
   * Parses the lines of a 211 reply to FEAT. The first and last line (the header and the
   * {@code End} line, with or without their {@code 211} code) carry no feature and are skipped, so
   * a one-line reply means no features. Each line in between is one feature; RFC 2389 asks for
   * exactly one leading space, but servers also send none, several, or tabs, and some repeat
   * {@code 211-} on every line, so all of those are accepted. Blank lines are skipped.
   *
   * @param lines the reply's lines in order
   * @return the features
   * @throws MalformedReplyException if there are no lines, or a feature line has a control
   *     character or a name that is not visible ASCII
   */
  public static Features parseReply(List<String> lines) {
    if (lines.isEmpty()) {
      throw new MalformedReplyException("a FEAT reply has at least one line");
    }
    List<Feature> features = new ArrayList<>();
    for (String line : lines.subList(1, Math.max(1, lines.size() - 1))) {
      String text = Chars.trimBlanks(line.startsWith("211-") ? line.substring(4) : line);
      if (text.isEmpty()) {
        continue;
      }
      int end = 0;
      while (end < text.length() && !Chars.isBlank(text.charAt(end))) {
        end++;
      }
      String name = text.substring(0, end);
      String parameters = Chars.trimBlanks(text.substring(end));
      String problem = Feature.problem(name, parameters);
      if (problem != null) {
        throw new MalformedReplyException("bad FEAT line " + Chars.quote(line) + ": " + problem);
      }
      features.add(new Feature(name, parameters));
    }
    return of(features);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Features that && features.equals(that.features);
  }

  @Override
  public int hashCode() {
    return features.hashCode();
  }

  @Override
  public String toString() {
    return "Features" + features;
  }
}
