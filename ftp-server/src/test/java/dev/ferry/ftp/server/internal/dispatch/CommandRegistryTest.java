package dev.ferry.ftp.server.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandHandler;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry: verbs and aliases to handlers, duplicates refused, specs ordered. */
class CommandRegistryTest {
  private static CommandHandler handler(CommandSpec spec) {
    return new CommandHandler() {
      @Override
      public CommandSpec spec() {
        return spec;
      }

      @Override
      public void handle(CommandContext context, Command command) {}
    };
  }

  @Test
  void verbsAndAliasesFindTheirHandler() {
    CommandHandler pwd = handler(CommandSpec.builder(Verb.PWD).alias(Verb.XPWD).build());
    CommandHandler noop = handler(CommandSpec.builder(Verb.NOOP).build());
    CommandRegistry registry = new CommandRegistry(new LinkedHashSet<>(List.of(pwd, noop)));
    assertSame(pwd, registry.find(Verb.of("xpwd")).orElseThrow());
    assertSame(noop, registry.find(Verb.NOOP).orElseThrow());
    assertTrue(registry.find(Verb.SMNT).isEmpty());
    assertEquals(List.of(Verb.NOOP, Verb.PWD), registry.specs().stream().map(CommandSpec::verb)
        .toList());
    assertEquals(List.of(Verb.NOOP, Verb.PWD, Verb.XPWD), registry.verbs());
  }

  @Test
  void aVerbClaimedTwiceIsRefused() {
    CommandHandler one = handler(CommandSpec.builder(Verb.CWD).alias(Verb.XCWD).build());
    CommandHandler two = handler(CommandSpec.builder(Verb.XCWD).build());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new CommandRegistry(Set.of(one, two)));
    assertTrue(e.getMessage().contains("XCWD"), e.getMessage());
  }

  @Test
  void aSpecCannotBothConsumeAndKeepAnAction() {
    CommandSpec.Builder builder = CommandSpec.builder(Verb.RETR)
        .consumes(PendingAction.RESTART_OFFSET).keeps(PendingAction.RESTART_OFFSET);
    assertThrows(IllegalStateException.class, builder::build);
  }

  @Test
  void specDefaultsAreTheSafeOnes() {
    CommandSpec spec = CommandSpec.builder(Verb.DELE).build();
    assertTrue(spec.requiresLogin());
    assertTrue(!spec.allowedDuringTransfer());
    assertTrue(!spec.allowedBeforeAuth());
    assertEquals("RFC 959 §4.1.3", spec.specification());
    assertTrue(spec.permission().isEmpty());
    assertTrue(spec.features(null).isEmpty());
  }
}
