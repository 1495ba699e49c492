package dev.ferry.ftp.server.command;

import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.auth.Permission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a command is and what it needs, declared once so that the dispatcher enforces it for every
 * command alike and HELP and FEAT are generated from it. Build one with {@link #builder(Verb)}:
 *
 * <pre>{@code
 * CommandSpec.builder(Verb.RETR)
 *     .argument(ArgumentPolicy.REQUIRED)
 *     .permission(Permission.READ)
 *     .consumes(PendingAction.RESTART_OFFSET)
 *     .help("RETR <sp> pathname: send a file")
 *     .build();
 * }</pre>
 *
 * <p>Defaults: login required, no argument, not allowed during a transfer, not allowed before
 * {@code AUTH} when TLS is required, no permission, no pending action, no FEAT line, and the
 * specification the {@link Verb} names.
 */
public final class CommandSpec {
  private final Verb verb;
  private final Set<Verb> aliases;
  private final String specification;
  private final boolean requiresLogin;
  private final ArgumentPolicy argument;
  private final boolean allowedDuringTransfer;
  private final boolean allowedBeforeAuth;
  private final Optional<Permission> permission;
  private final Set<PendingAction> consumes;
  private final Set<PendingAction> keeps;
  private final Optional<PendingAction> requiresPending;
  private final String help;
  private final FeatureSource features;
  private final Availability availability;

  private CommandSpec(Builder b) {
    this.verb = b.verb;
    this.aliases = Collections.unmodifiableSet(new LinkedHashSet<>(b.aliases));
    this.specification = b.specification;
    this.requiresLogin = b.requiresLogin;
    this.argument = b.argument;
    this.allowedDuringTransfer = b.allowedDuringTransfer;
    this.allowedBeforeAuth = b.allowedBeforeAuth;
    this.permission = Optional.ofNullable(b.permission);
    this.consumes = Collections.unmodifiableSet(EnumSet.copyOf(b.consumes));
    this.keeps = Collections.unmodifiableSet(EnumSet.copyOf(b.keeps));
    this.requiresPending = Optional.ofNullable(b.requiresPending);
    this.help = b.help;
    this.features = b.features;
    this.availability = b.availability;
  }

  /**
   * Starts a spec for a verb.
   *
   * @param verb the command's verb
   * @return a builder with the defaults
   */
  public static Builder builder(Verb verb) {
    return new Builder(verb);
  }

  /**
   * Returns the verb the command is registered under.
   *
   * @return the verb
   */
  public Verb verb() {
    return verb;
  }

  /**
   * Returns other verbs that run the same command, such as {@code XPWD} for {@code PWD} (RFC
   * 775).
   *
   * @return the aliases, possibly empty
   */
  public Set<Verb> aliases() {
    return aliases;
  }

  /**
   * Returns the document and section that define the command.
   *
   * @return for example {@code RFC 959 §4.1.3}
   */
  public String specification() {
    return specification;
  }

  /**
   * Tells whether the command needs a logged-in user ({@code 530} otherwise).
   *
   * @return whether login is required
   */
  public boolean requiresLogin() {
    return requiresLogin;
  }

  /**
   * Returns whether the command takes an argument ({@code 501} on a breach).
   *
   * @return the policy
   */
  public ArgumentPolicy argument() {
    return argument;
  }

  /**
   * Tells whether the command is answered while a transfer runs (ABOR, STAT, NOOP, QUIT); any
   * other command waits until the transfer ends.
   *
   * @return whether it runs during a transfer
   */
  public boolean allowedDuringTransfer() {
    return allowedDuringTransfer;
  }

  /**
   * Tells whether the command is accepted before {@code AUTH TLS} on a listener that requires TLS
   * (RFC 4217 §4): the commands needed to negotiate it (FEAT, AUTH, QUIT, …).
   *
   * @return whether it is allowed on an unprotected control connection
   */
  public boolean allowedBeforeAuth() {
    return allowedBeforeAuth;
  }

  /**
   * Returns the permission the user needs ({@code 550} otherwise).
   *
   * @return the permission, or empty for none
   */
  public Optional<Permission> permission() {
    return permission;
  }

  /**
   * Returns the pending actions this command uses; they are cleared after it.
   *
   * @return the consumed actions
   */
  public Set<PendingAction> consumes() {
    return consumes;
  }

  /**
   * Returns the pending actions this command leaves in place for a later command.
   *
   * @return the kept actions
   */
  public Set<PendingAction> keeps() {
    return keeps;
  }

  /**
   * Returns the pending action that must be set for the command to run ({@code 503} otherwise),
   * as RNTO needs RNFR.
   *
   * @return the required action, or empty
   */
  public Optional<PendingAction> requiresPending() {
    return requiresPending;
  }

  /**
   * Returns the text HELP shows for the command.
   *
   * @return the syntax and a short description
   */
  public String help() {
    return help;
  }

  /**
   * Returns the FEAT lines the command contributes for a session (RFC 2389 §3).
   *
   * @param context the session asking
   * @return the lines, possibly empty
   */
  public List<Feature> features(CommandContext context) {
    return features.features(context);
  }

  /**
   * Tells whether the command works for a session, for example MFMT only where the user's backend
   * can set modification times. An unavailable command is answered {@code 502} and left out of
   * HELP, as its FEAT lines are.
   *
   * @param context the session; not logged in before login
   * @return whether the command is offered
   */
  public boolean isAvailable(CommandContext context) {
    return availability.isAvailable(context);
  }

  @Override
  public String toString() {
    return "CommandSpec[" + verb + (aliases.isEmpty() ? "" : " " + aliases) + ", "
        + specification + "]";
  }

  /**
   * Computes FEAT lines for a session, so that FEAT announces only what works for this user (for
   * example MFMT only when the user's backend can set modification times).
   */
  @FunctionalInterface
  public interface FeatureSource {
    /**
     * Returns the lines.
     *
     * @param context the session; not logged in when FEAT comes before login
     * @return the lines, possibly empty
     */
    List<Feature> features(CommandContext context);
  }

  /** Decides per session whether a command is offered. */
  @FunctionalInterface
  public interface Availability {
    /**
     * Tells whether the command works for this session.
     *
     * @param context the session; not logged in when HELP or FEAT come before login
     * @return whether it is offered
     */
    boolean isAvailable(CommandContext context);
  }

  /** Builds a {@link CommandSpec}. Not thread-safe. */
  public static final class Builder {
    private final Verb verb;
    private final Set<Verb> aliases = new LinkedHashSet<>();
    private String specification;
    private boolean requiresLogin = true;
    private ArgumentPolicy argument = ArgumentPolicy.NONE;
    private boolean allowedDuringTransfer;
    private boolean allowedBeforeAuth;
    private Permission permission;
    private final Set<PendingAction> consumes = EnumSet.noneOf(PendingAction.class);
    private final Set<PendingAction> keeps = EnumSet.noneOf(PendingAction.class);
    private PendingAction requiresPending;
    private String help;
    private FeatureSource features = context -> List.of();
    private Availability availability = context -> true;

    private Builder(Verb verb) {
      this.verb = Objects.requireNonNull(verb, "verb");
      this.specification = verb.specification().orElse("extension");
      this.help = verb.name();
    }

    /**
     * Adds a verb that runs the same command.
     *
     * @param alias the other verb
     * @return this builder
     */
    public Builder alias(Verb alias) {
      aliases.add(Objects.requireNonNull(alias, "alias"));
      return this;
    }

    /**
     * Sets the defining document and section, when the verb does not name the right one.
     *
     * @param specification for example {@code RFC 3659 §5}
     * @return this builder
     */
    public Builder specification(String specification) {
      this.specification = Objects.requireNonNull(specification, "specification");
      return this;
    }

    /**
     * Lets the command run before login.
     *
     * @return this builder
     */
    public Builder noLogin() {
      this.requiresLogin = false;
      return this;
    }

    /**
     * Sets whether the command takes an argument.
     *
     * @param argument the policy
     * @return this builder
     */
    public Builder argument(ArgumentPolicy argument) {
      this.argument = Objects.requireNonNull(argument, "argument");
      return this;
    }

    /**
     * Lets the command run while a transfer is in progress.
     *
     * @return this builder
     */
    public Builder duringTransfer() {
      this.allowedDuringTransfer = true;
      return this;
    }

    /**
     * Lets the command run before {@code AUTH TLS} where TLS is required.
     *
     * @return this builder
     */
    public Builder beforeAuth() {
      this.allowedBeforeAuth = true;
      return this;
    }

    /**
     * Sets the permission the command needs.
     *
     * @param permission the permission
     * @return this builder
     */
    public Builder permission(Permission permission) {
      this.permission = Objects.requireNonNull(permission, "permission");
      return this;
    }

    /**
     * Declares a pending action the command uses.
     *
     * @param action the action
     * @return this builder
     */
    public Builder consumes(PendingAction action) {
      consumes.add(Objects.requireNonNull(action, "action"));
      return this;
    }

    /**
     * Declares a pending action the command leaves for a later one.
     *
     * @param action the action
     * @return this builder
     */
    public Builder keeps(PendingAction action) {
      keeps.add(Objects.requireNonNull(action, "action"));
      return this;
    }

    /**
     * Declares a pending action that must be set; it is also consumed.
     *
     * @param action the action
     * @return this builder
     */
    public Builder requiresPending(PendingAction action) {
      this.requiresPending = Objects.requireNonNull(action, "action");
      consumes.add(action);
      return this;
    }

    /**
     * Sets the HELP text.
     *
     * @param help the syntax and a short description
     * @return this builder
     */
    public Builder help(String help) {
      this.help = Objects.requireNonNull(help, "help");
      return this;
    }

    /**
     * Sets the FEAT lines the command always contributes, whoever asks.
     *
     * @param lines the lines
     * @return this builder
     */
    public Builder feature(Feature... lines) {
      List<Feature> fixed = List.of(lines);
      this.features = context -> fixed;
      return this;
    }

    /**
     * Sets how the command's FEAT lines are computed per session.
     *
     * @param features the source
     * @return this builder
     */
    public Builder features(FeatureSource features) {
      this.features = Objects.requireNonNull(features, "features");
      return this;
    }

    /**
     * Sets when the command is offered (it always is by default).
     *
     * @param availability the test, given the session
     * @return this builder
     */
    public Builder availableWhen(Availability availability) {
      this.availability = Objects.requireNonNull(availability, "availability");
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec
     * @throws IllegalStateException if an action is both consumed and kept
     */
    public CommandSpec build() {
      for (PendingAction action : consumes) {
        if (keeps.contains(action)) {
          throw new IllegalStateException(verb + " both consumes and keeps " + action);
        }
      }
      return new CommandSpec(this);
    }
  }
}
