package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.FtpNotFoundException;
import dev.ferry.ftp.client.FtpSession;
import dev.ferry.ftp.client.RemoteFile;
import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.ListingEntry;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry ls URL}: lists a remote directory (MLSD where offered), or describes one file. */
@Command(
    name = "ls",
    mixinStandardHelpOptions = true,
    description = "List a remote directory, or show one file.",
    footer = ClientCommand.FOOTER)
public final class LsCommand extends ClientCommand {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  @Parameters(
      index = "0",
      paramLabel = "URL",
      converter = FtpUrlConverter.class,
      description = "The directory or file, e.g. ftp://user@host/pub/")
  FtpUrl url;

  @Option(names = "-1", description = "Names only, one a line.")
  boolean namesOnly;

  @Override
  void run() throws Exception {
    try (FtpSession ftp = connect(url)) {
      List<RemoteFile> files = listing(ftp);
      PrintWriter out = out();
      boolean names = namesOnly || url.type().orElse('i') == 'd';
      for (RemoteFile file : files) {
        out.println(names ? file.name() : longFormat(file));
      }
    }
  }

  private List<RemoteFile> listing(FtpSession ftp) throws Exception {
    if (!url.path().isEmpty() && !url.path().endsWith("/")) {
      RemoteFile file;
      try {
        file = ftp.stat(url.path());
      } catch (FtpNotFoundException e) {
        throw new CommandFailure(ExitCodes.REMOTE_NOT_FOUND, "no such file or directory: " + url.path());
      }
      if (!file.isDirectory()) {
        return List.of(file);
      }
    }
    return ftp.list(url.path()).stream().sorted(Comparator.comparing(RemoteFile::name)).toList();
  }

  /**
   * Renders a file as {@code ls -l} does, with what the server stated: type and mode, size, time
   * of last change (UTC) and name.
   */
  static String longFormat(RemoteFile file) {
    ListingEntry entry = file.details();
    String mode = entry.mode().isPresent() ? permissions(entry.mode().getAsInt()) : "---------";
    String size = file.size().isPresent() ? Long.toString(file.size().getAsLong()) : "-";
    String time = file.modified().map(t -> TIME.format(t.instant())).orElse("                ");
    String link = entry.linkTarget().map(target -> " -> " + target).orElse("");
    return String.format(
        Locale.ROOT,
        "%c%s %12s %s %s%s", typeLetter(file.type()), mode, size, time, file.name(), link);
  }

  private static char typeLetter(EntryType type) {
    if (type.isDirectory()) {
      return 'd';
    }
    return type == EntryType.SYMLINK ? 'l' : '-';
  }

  private static String permissions(int mode) {
    StringBuilder out = new StringBuilder(9);
    String letters = "rwx";
    for (int bit = 8; bit >= 0; bit--) {
      out.append((mode & (1 << bit)) != 0 ? letters.charAt((8 - bit) % 3) : '-');
    }
    return out.toString();
  }
}
