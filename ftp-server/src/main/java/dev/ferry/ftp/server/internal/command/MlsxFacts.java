package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.listing.Fact;
import dev.ferry.ftp.protocol.listing.FactSelection;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.internal.listing.MlsxFormat;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.Capability;
import java.util.Set;

/** The session's MLSx fact selection (RFC 3659 §7.8, §7.9), shared by MLST, MLSD and OPTS MLST. */
final class MlsxFacts {
  private MlsxFacts() {}

  static Set<Capability> capabilities(CommandContext context) {
    return context.account().isPresent() ? context.fileSystem().capabilities() : Set.of();
  }

  static FactSelection selection(CommandContext context) {
    Set<Fact> supported = MlsxFormat.supported(capabilities(context));
    Set<Fact> selected = context instanceof SessionContext session
        ? session.session().options().mlstFacts().orElse(MlsxFormat.defaults(supported))
        : MlsxFormat.defaults(supported);
    return FactSelection.allOf(supported).select(selected);
  }

  static MlsxFormat format(SessionContext context) {
    Set<Permission> permissions = context.account().map(UserAccount::permissions)
        .orElse(Set.of());
    return new MlsxFormat(selection(context).selected(), permissions, capabilities(context));
  }
}
