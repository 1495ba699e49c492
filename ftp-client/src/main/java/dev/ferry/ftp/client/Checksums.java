package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.ChecksumArgument;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.Features;
import dev.ferry.ftp.protocol.param.FileHash;
import dev.ferry.ftp.protocol.param.HashAlgorithm;
import dev.ferry.ftp.protocol.param.HashFeature;
import dev.ferry.ftp.protocol.param.OptsArgument;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Server-side checksums: HASH (draft-bryan-ftpext-hash-02 §3) when the server lists it in FEAT,
 * else the older XSHA256, XSHA512, XSHA1, XMD5 and XCRC commands it lists. Only algorithms the JDK
 * can compute too are offered, since a checksum is only worth asking for to compare it.
 */
final class Checksums {
  /** Strongest first: the one a verification uses. */
  private static final List<HashAlgorithm> PREFERENCE =
      List.of(
          HashAlgorithm.SHA_256,
          HashAlgorithm.SHA_512,
          HashAlgorithm.SHA_1,
          HashAlgorithm.MD5,
          HashAlgorithm.CRC32);

  private static final Map<HashAlgorithm, Verb> LEGACY = new LinkedHashMap<>();

  static {
    LEGACY.put(HashAlgorithm.SHA_256, Verb.XSHA256);
    LEGACY.put(HashAlgorithm.SHA_512, Verb.XSHA512);
    LEGACY.put(HashAlgorithm.SHA_1, Verb.XSHA1);
    LEGACY.put(HashAlgorithm.MD5, Verb.XMD5);
    LEGACY.put(HashAlgorithm.CRC32, Verb.XCRC);
  }

  private final FtpSession session;
  private final HashFeature hash;
  private final Set<HashAlgorithm> offered;
  private HashAlgorithm selected;

  Checksums(FtpSession session, Features features) {
    this.session = session;
    this.hash = features.find(HashFeature.NAME).map(Checksums::parseHash).orElse(null);
    this.selected = hash == null ? null : hash.selected().orElse(null);
    Set<HashAlgorithm> all = new LinkedHashSet<>();
    for (HashAlgorithm algorithm : PREFERENCE) {
      boolean viaHash = hash != null && hash.algorithms().contains(algorithm);
      if (viaHash || features.contains(LEGACY.get(algorithm).name())) {
        all.add(algorithm);
      }
    }
    this.offered = Set.copyOf(all);
  }

  /** The algorithms both sides can compute, strongest first when iterated through preferred(). */
  Set<HashAlgorithm> offered() {
    return offered;
  }

  /** The strongest algorithm on offer. */
  Optional<HashAlgorithm> preferred() {
    return PREFERENCE.stream().filter(offered::contains).findFirst();
  }

  /** Asks the server for a file's checksum; returns it in lower-case hexadecimal. */
  String checksum(String path, HashAlgorithm algorithm) throws IOException {
    if (!offered.contains(algorithm)) {
      throw new FtpException("the server offers no " + algorithm + " checksum; it offers " + offered);
    }
    if (hash != null && hash.algorithms().contains(algorithm)) {
      if (!algorithm.equals(selected)) {
        session.execute(
            Command.of(Verb.OPTS, new OptsArgument("HASH", algorithm.name()).toArgument()));
        selected = algorithm;
      }
      Command command = Command.of(Verb.HASH, path);
      Reply reply = session.execute(command);
      try {
        // ProFTPD sends "213-Computing SHA-256 digest" first: the payload is the last line.
        return FileHash.parse(reply.lines().get(reply.lines().size() - 1)).hash();
      } catch (FtpProtocolException e) {
        throw new FtpException("HASH reply not understood: " + reply, e);
      }
    }
    Command command = Command.of(LEGACY.get(algorithm), ChecksumArgument.of(path).toArgument());
    return hexIn(session.execute(command), algorithm);
  }

  /**
   * Tells whether two hexadecimal checksums are equal; leading zeros are ignored, as some servers
   * print a CRC-32 as a number.
   */
  static boolean same(String a, String b) {
    return stripZeros(a).equalsIgnoreCase(stripZeros(b));
  }

  /** The X commands answer {@code 250 <hex>} or {@code 213 <hex>}, sometimes with more words. */
  private static String hexIn(Reply reply, HashAlgorithm algorithm) throws FtpException {
    for (String word : reply.text().split("[ \t]+")) {
      if (!word.isEmpty() && word.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return word.toLowerCase(Locale.ROOT);
      }
    }
    throw new FtpException("no " + algorithm + " checksum in reply " + reply);
  }

  private static String stripZeros(String hex) {
    int i = 0;
    while (i < hex.length() - 1 && hex.charAt(i) == '0') {
      i++;
    }
    return hex.substring(i);
  }

  private static HashFeature parseHash(Feature feature) {
    try {
      return HashFeature.parse(feature.parameters());
    } catch (FtpProtocolException e) {
      return null;
    }
  }
}
