package dev.ferry.ftp.protocol.listing;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The MLSx facts a server supports and the ones currently selected for output: the FEAT line
 * {@code MLST type*;size*;modify*;perm;} (RFC 3659 §7.8, a {@code *} marks a selected fact), the
 * {@code OPTS MLST type;size;} command that changes the selection and its {@code 200 MLST OPTS
 * type;size;} reply (§7.9).
 *
 * <p>A server keeps one value per session: it starts from its defaults, answers FEAT with {@link
 * #toFeature()}, and on {@code OPTS MLST} replaces it with {@link #select(String)} and replies
 * {@code 200} with {@link #toOptsReply()}. A client parses the FEAT line with {@link
 * #parseFeature(String)}, picks facts with {@link #select(Collection)}, sends {@link
 * #toOptsArgument()} and reads the server's answer with {@link #acceptOptsReply(String)}.
 *
 * <p>Fact names Ferry does not know are dropped when parsing: a client cannot read them anyway,
 * and §7.9 has the server ignore requested facts it does not support.
 *
 * @param supported the facts the server can produce
 * @param selected the facts it will write, a subset of {@code supported}
 */
public record FactSelection(Set<Fact> supported, Set<Fact> selected) {
  /**
   * Creates the value, copying both sets.
   *
   * @throws IllegalArgumentException if a selected fact is not supported
   */
  public FactSelection {
    supported = immutableCopy(supported);
    selected = immutableCopy(selected);
    if (!supported.containsAll(selected)) {
      throw new IllegalArgumentException("selected facts " + selected + " not all in " + supported);
    }
  }

  /**
   * Returns a selection of all the facts the server supports.
   *
   * @param supported the facts the server can produce
   * @return a selection with every supported fact selected
   */
  public static FactSelection allOf(Collection<Fact> supported) {
    return new FactSelection(Set.copyOf(supported), Set.copyOf(supported));
  }

  /**
   * Parses the parameters of a FEAT {@code MLST} line, the part after {@code MLST }: {@code
   * 1*( factname ["*"] ";" )} (RFC 3659 §7.8). The last {@code ;} may be missing, as some servers
   * send it.
   *
   * @param params for example {@code type*;size*;modify*;UNIX.mode;}
   * @return the supported and selected facts Ferry knows
   * @throws InvalidArgumentException if the list is malformed (a space, an empty name)
   */
  public static FactSelection parseFeature(String params) {
    EnumSet<Fact> supported = EnumSet.noneOf(Fact.class);
    EnumSet<Fact> selected = EnumSet.noneOf(Fact.class);
    parseList(params, supported, selected);
    return new FactSelection(supported, selected);
  }

  /**
   * Returns the parameters of the FEAT {@code MLST} line: each supported fact followed by {@code *}
   * if selected and by {@code ;}.
   *
   * @return for example {@code type*;size*;modify;}
   */
  public String toFeature() {
    StringBuilder out = new StringBuilder();
    for (Fact f : supported) {
      out.append(f.wireName());
      if (selected.contains(f)) {
        out.append('*');
      }
      out.append(';');
    }
    return out.toString();
  }

  /**
   * Applies an {@code OPTS MLST} argument (the part after {@code MLST}, RFC 3659 §7.9): the new
   * selection is the named facts that are supported; unknown or unsupported names are ignored. An
   * empty argument selects no facts.
   *
   * @param argument for example {@code type;size;modify;}, or empty
   * @return the new selection
   * @throws InvalidArgumentException if the list is malformed (the server replies 501 and keeps
   *     the old selection)
   */
  public FactSelection select(String argument) {
    EnumSet<Fact> named = EnumSet.noneOf(Fact.class);
    parseList(argument, named, null);
    return select(named);
  }

  /**
   * Selects the given facts that are supported, dropping the others.
   *
   * @param wanted the facts to select
   * @return the new selection
   */
  public FactSelection select(Collection<Fact> wanted) {
    EnumSet<Fact> chosen = EnumSet.noneOf(Fact.class);
    for (Fact f : wanted) {
      if (supported.contains(f)) {
        chosen.add(f);
      }
    }
    return new FactSelection(supported, chosen);
  }

  /**
   * Returns the argument a client sends after {@code OPTS MLST }: each selected fact followed by
   * {@code ;}.
   *
   * @return for example {@code type;size;}, or empty to select no facts
   */
  public String toOptsArgument() {
    StringBuilder out = new StringBuilder();
    for (Fact f : selected) {
      out.append(f.wireName()).append(';');
    }
    return out.toString();
  }

  /**
   * Returns the text of the 200 reply to {@code OPTS MLST} (RFC 3659 §7.9.1).
   *
   * @return {@code MLST OPTS type;size;}, or {@code MLST OPTS} when no facts are selected
   */
  public String toOptsReply() {
    return selected.isEmpty() ? "MLST OPTS" : "MLST OPTS " + toOptsArgument();
  }

  /**
   * Reads a server's 200 reply to {@code OPTS MLST} (RFC 3659 §7.9.1): the facts it names become
   * the selection. The fixed {@code MLST OPTS} may be in any case, and leading spaces are skipped
   * (Pure-FTPd sends two).
   *
   * @param text the reply text after the code
   * @return the selection the server confirmed
   * @throws InvalidArgumentException if the text is not {@code MLST OPTS [facts]}
   */
  public FactSelection acceptOptsReply(String text) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    String prefix = "MLST OPTS";
    if (!text.regionMatches(true, start, prefix, 0, prefix.length())) {
      throw new InvalidArgumentException("expected 'MLST OPTS [facts]', got '" + text + "'");
    }
    int rest = start + prefix.length();
    while (rest < text.length() && text.charAt(rest) == ' ') {
      rest++;
    }
    if (rest == start + prefix.length() && rest < text.length()) {
      throw new InvalidArgumentException("expected a space after 'MLST OPTS' in '" + text + "'");
    }
    return select(text.substring(rest));
  }

  /**
   * Parses {@code *( factname ["*"] ";" )} into {@code named}, and the starred names into {@code
   * starred}; a {@code null} {@code starred} forbids stars.
   */
  private static void parseList(String text, Set<Fact> named, Set<Fact> starred) {
    Objects.requireNonNull(text, "text");
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = length;
      }
      int nameEnd = end;
      boolean star = starred != null && nameEnd > start && text.charAt(nameEnd - 1) == '*';
      if (star) {
        nameEnd--;
      }
      if (nameEnd == start) {
        throw new InvalidArgumentException("empty fact name in '" + text + "' (RFC 3659 §7.9)");
      }
      for (int i = start; i < nameEnd; i++) {
        char c = text.charAt(i);
        if (c <= ' ' || c == '*' || c == '=' || c >= 0x7f) {
          throw new InvalidArgumentException(
              "invalid character in fact list '" + text + "' (RFC 3659 §7.9)");
        }
      }
      Fact fact = Fact.find(text.substring(start, nameEnd));
      if (fact != null) {
        named.add(fact);
        if (star) {
          starred.add(fact);
        }
      }
      start = end + 1;
    }
  }

  private static Set<Fact> immutableCopy(Set<Fact> facts) {
    EnumSet<Fact> copy = EnumSet.noneOf(Fact.class);
    copy.addAll(facts);
    return Collections.unmodifiableSet(copy);
  }
}
