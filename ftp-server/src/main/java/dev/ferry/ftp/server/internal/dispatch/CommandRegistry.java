package dev.ferry.ftp.server.internal.dispatch;

import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandHandler;
import dev.ferry.ftp.server.command.CommandSpec;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every command the server knows, built once from the {@link CommandHandler} multibinding: the
 * handler of each verb and alias, and the specs in verb order for HELP and FEAT. Two handlers that
 * claim the same verb fail the build, naming both.
 */
@Singleton
public final class CommandRegistry {
  private final Map<Verb, CommandHandler> byVerb;
  private final List<CommandSpec> specs;

  /**
   * Builds the registry.
   *
   * @param handlers every bound handler
   * @throws IllegalStateException if two handlers claim a verb
   */
  @Inject
  CommandRegistry(Set<CommandHandler> handlers) {
    Map<Verb, CommandHandler> map = new HashMap<>();
    List<CommandSpec> list = new ArrayList<>();
    for (CommandHandler handler : handlers) {
      CommandSpec spec = handler.spec();
      list.add(spec);
      claim(map, spec.verb(), handler);
      for (Verb alias : spec.aliases()) {
        claim(map, alias, handler);
      }
    }
    list.sort(Comparator.comparing(spec -> spec.verb().name()));
    this.byVerb = Map.copyOf(map);
    this.specs = List.copyOf(list);
  }

  private static void claim(Map<Verb, CommandHandler> map, Verb verb, CommandHandler handler) {
    CommandHandler previous = map.putIfAbsent(verb, handler);
    if (previous != null) {
      throw new IllegalStateException("Verb " + verb + " is claimed by both "
          + previous.getClass().getName() + " and " + handler.getClass().getName());
    }
  }

  /**
   * Returns the handler of a verb or alias.
   *
   * @param verb the verb
   * @return the handler, or empty for an unknown verb
   */
  public Optional<CommandHandler> find(Verb verb) {
    return Optional.ofNullable(byVerb.get(verb));
  }

  /**
   * Returns every command's spec, ordered by verb.
   *
   * @return the specs
   */
  public List<CommandSpec> specs() {
    return specs;
  }

  /**
   * Returns every verb that is answered, aliases included, in alphabetical order.
   *
   * @return the verbs
   */
  public List<Verb> verbs() {
    return byVerb.keySet().stream().sorted(Comparator.comparing(Verb::name)).toList();
  }
}
