package dev.ferry.ftp.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An FTP command verb: the case-insensitive word that starts a command line (RFC 959 §5.3.1).
 *
 * <p>Every verb of RFC 959 and of the extensions Ferry knows is a shared constant that names the
 * document and section defining it, so a command registry can cite it. {@link #of} returns that
 * constant for any spelling, or a new value for an extension verb it does not know, so a server can
 * still answer it with 502 and a client can still send it. Two verbs are equal when their
 * upper-case names are.
 *
 * <p>A verb is 1 to 16 ASCII letters and digits, starting with a letter. RFC 959 §5.3.1 says three
 * or four letters; the longer limit and the digits admit the extensions in use ({@code XSHA256},
 * {@code XMD5}) while refusing anything that is not a word.
 */
public final class Verb {
  private static final int MAX_LENGTH = 16;
  private static final Map<String, Verb> KNOWN = new LinkedHashMap<>();

  /** {@code USER}: user name, the first step of login (RFC 959 §4.1.1). */
  public static final Verb USER = define("USER", "RFC 959 §4.1.1");

  /** {@code PASS}: password; its argument is a secret (RFC 959 §4.1.1). */
  public static final Verb PASS = defineSecret("PASS", "RFC 959 §4.1.1");

  /** {@code ACCT}: account; its argument is a secret (RFC 959 §4.1.1). */
  public static final Verb ACCT = defineSecret("ACCT", "RFC 959 §4.1.1");

  /** {@code CWD}: change working directory (RFC 959 §4.1.1). */
  public static final Verb CWD = define("CWD", "RFC 959 §4.1.1");

  /** {@code CDUP}: change to the parent directory (RFC 959 §4.1.1). */
  public static final Verb CDUP = define("CDUP", "RFC 959 §4.1.1");

  /** {@code SMNT}: structure mount (RFC 959 §4.1.1). */
  public static final Verb SMNT = define("SMNT", "RFC 959 §4.1.1");

  /** {@code REIN}: reinitialize: log out and keep the connection (RFC 959 §4.1.1). */
  public static final Verb REIN = define("REIN", "RFC 959 §4.1.1");

  /** {@code QUIT}: log out and close the connection (RFC 959 §4.1.1). */
  public static final Verb QUIT = define("QUIT", "RFC 959 §4.1.1");

  /** {@code PORT}: data port (active mode, IPv4) (RFC 959 §4.1.2). */
  public static final Verb PORT = define("PORT", "RFC 959 §4.1.2");

  /** {@code PASV}: passive mode (IPv4) (RFC 959 §4.1.2). */
  public static final Verb PASV = define("PASV", "RFC 959 §4.1.2");

  /** {@code TYPE}: representation type (RFC 959 §4.1.2). */
  public static final Verb TYPE = define("TYPE", "RFC 959 §4.1.2");

  /** {@code STRU}: file structure (RFC 959 §4.1.2). */
  public static final Verb STRU = define("STRU", "RFC 959 §4.1.2");

  /** {@code MODE}: transfer mode (RFC 959 §4.1.2). */
  public static final Verb MODE = define("MODE", "RFC 959 §4.1.2");

  /** {@code RETR}: retrieve a file (RFC 959 §4.1.3). */
  public static final Verb RETR = define("RETR", "RFC 959 §4.1.3");

  /** {@code STOR}: store a file (RFC 959 §4.1.3). */
  public static final Verb STOR = define("STOR", "RFC 959 §4.1.3");

  /** {@code STOU}: store a file under a unique name (RFC 959 §4.1.3). */
  public static final Verb STOU = define("STOU", "RFC 959 §4.1.3");

  /** {@code APPE}: append to a file (RFC 959 §4.1.3). */
  public static final Verb APPE = define("APPE", "RFC 959 §4.1.3");

  /** {@code ALLO}: allocate storage (RFC 959 §4.1.3). */
  public static final Verb ALLO = define("ALLO", "RFC 959 §4.1.3");

  /** {@code REST}: restart marker, a byte offset in stream mode by RFC 3659 §5 (RFC 959 §4.1.3). */
  public static final Verb REST = define("REST", "RFC 959 §4.1.3");

  /** {@code RNFR}: rename from (RFC 959 §4.1.3). */
  public static final Verb RNFR = define("RNFR", "RFC 959 §4.1.3");

  /** {@code RNTO}: rename to (RFC 959 §4.1.3). */
  public static final Verb RNTO = define("RNTO", "RFC 959 §4.1.3");

  /** {@code ABOR}: abort the transfer in progress (RFC 959 §4.1.3). */
  public static final Verb ABOR = define("ABOR", "RFC 959 §4.1.3");

  /** {@code DELE}: delete a file (RFC 959 §4.1.3). */
  public static final Verb DELE = define("DELE", "RFC 959 §4.1.3");

  /** {@code RMD}: remove a directory (RFC 959 §4.1.3). */
  public static final Verb RMD = define("RMD", "RFC 959 §4.1.3");

  /** {@code MKD}: make a directory (RFC 959 §4.1.3). */
  public static final Verb MKD = define("MKD", "RFC 959 §4.1.3");

  /** {@code PWD}: print the working directory (RFC 959 §4.1.3). */
  public static final Verb PWD = define("PWD", "RFC 959 §4.1.3");

  /** {@code LIST}: list a directory for humans (RFC 959 §4.1.3). */
  public static final Verb LIST = define("LIST", "RFC 959 §4.1.3");

  /** {@code NLST}: list names (RFC 959 §4.1.3). */
  public static final Verb NLST = define("NLST", "RFC 959 §4.1.3");

  /** {@code SITE}: site-specific commands (RFC 959 §4.1.3). */
  public static final Verb SITE = define("SITE", "RFC 959 §4.1.3");

  /** {@code SYST}: system type (RFC 959 §4.1.3). */
  public static final Verb SYST = define("SYST", "RFC 959 §4.1.3");

  /** {@code STAT}: status (RFC 959 §4.1.3). */
  public static final Verb STAT = define("STAT", "RFC 959 §4.1.3");

  /** {@code HELP}: help (RFC 959 §4.1.3). */
  public static final Verb HELP = define("HELP", "RFC 959 §4.1.3");

  /** {@code NOOP}: no operation (RFC 959 §4.1.3). */
  public static final Verb NOOP = define("NOOP", "RFC 959 §4.1.3");

  /** {@code XCWD}: experimental form of CWD (RFC 775). */
  public static final Verb XCWD = define("XCWD", "RFC 775");

  /** {@code XCUP}: experimental form of CDUP (RFC 775). */
  public static final Verb XCUP = define("XCUP", "RFC 775");

  /** {@code XMKD}: experimental form of MKD (RFC 775). */
  public static final Verb XMKD = define("XMKD", "RFC 775");

  /** {@code XRMD}: experimental form of RMD (RFC 775). */
  public static final Verb XRMD = define("XRMD", "RFC 775");

  /** {@code XPWD}: experimental form of PWD (RFC 775). */
  public static final Verb XPWD = define("XPWD", "RFC 775");

  /** {@code LPRT}: long data port, any address family (RFC 1639 §2). */
  public static final Verb LPRT = define("LPRT", "RFC 1639 §2");

  /** {@code LPSV}: long passive mode, any address family (RFC 1639 §2). */
  public static final Verb LPSV = define("LPSV", "RFC 1639 §2");

  /** {@code AUTH}: authentication or security mechanism (AUTH TLS, RFC 4217) (RFC 2228 §3). */
  public static final Verb AUTH = define("AUTH", "RFC 2228 §3");

  /** {@code ADAT}: authentication or security data (RFC 2228 §3). */
  public static final Verb ADAT = define("ADAT", "RFC 2228 §3");

  /** {@code PBSZ}: protection buffer size (RFC 2228 §3). */
  public static final Verb PBSZ = define("PBSZ", "RFC 2228 §3");

  /** {@code PROT}: data channel protection level (RFC 2228 §3). */
  public static final Verb PROT = define("PROT", "RFC 2228 §3");

  /** {@code CCC}: clear command channel (RFC 2228 §3). */
  public static final Verb CCC = define("CCC", "RFC 2228 §3");

  /** {@code MIC}: integrity-protected command (RFC 2228 §3). */
  public static final Verb MIC = define("MIC", "RFC 2228 §3");

  /** {@code CONF}: confidentiality-protected command (RFC 2228 §3). */
  public static final Verb CONF = define("CONF", "RFC 2228 §3");

  /** {@code ENC}: privacy-protected command (RFC 2228 §3). */
  public static final Verb ENC = define("ENC", "RFC 2228 §3");

  /** {@code FEAT}: list the supported extensions (RFC 2389 §3). */
  public static final Verb FEAT = define("FEAT", "RFC 2389 §3");

  /** {@code OPTS}: options of a command (RFC 2389 §4). */
  public static final Verb OPTS = define("OPTS", "RFC 2389 §4");

  /** {@code EPRT}: extended data port (IPv4 and IPv6) (RFC 2428 §2). */
  public static final Verb EPRT = define("EPRT", "RFC 2428 §2");

  /** {@code EPSV}: extended passive mode (IPv4 and IPv6) (RFC 2428 §3). */
  public static final Verb EPSV = define("EPSV", "RFC 2428 §3");

  /** {@code LANG}: language of the reply texts (RFC 2640 §4.1). */
  public static final Verb LANG = define("LANG", "RFC 2640 §4.1");

  /** {@code MDTM}: modification time of a file (RFC 3659 §3). */
  public static final Verb MDTM = define("MDTM", "RFC 3659 §3");

  /** {@code SIZE}: size of a file (RFC 3659 §4). */
  public static final Verb SIZE = define("SIZE", "RFC 3659 §4");

  /** {@code MLST}: machine-readable facts of one file (RFC 3659 §7). */
  public static final Verb MLST = define("MLST", "RFC 3659 §7");

  /** {@code MLSD}: machine-readable listing of a directory (RFC 3659 §7). */
  public static final Verb MLSD = define("MLSD", "RFC 3659 §7");

  /** {@code HOST}: virtual host (RFC 7151 §3). */
  public static final Verb HOST = define("HOST", "RFC 7151 §3");

  /** {@code MFMT}: modify a file's modification time (draft-somers-ftp-mfxx-04 §3). */
  public static final Verb MFMT = define("MFMT", "draft-somers-ftp-mfxx-04 §3");

  /** {@code MFCT}: modify a file's creation time (draft-somers-ftp-mfxx-04 §4). */
  public static final Verb MFCT = define("MFCT", "draft-somers-ftp-mfxx-04 §4");

  /** {@code MFF}: modify a file's facts (draft-somers-ftp-mfxx-04 §5). */
  public static final Verb MFF = define("MFF", "draft-somers-ftp-mfxx-04 §5");

  /** {@code HASH}: hash of a file (draft-bryan-ftpext-hash-02). */
  public static final Verb HASH = define("HASH", "draft-bryan-ftpext-hash-02");

  /** {@code RANG}: byte range of the next transfer (draft-bryan-ftp-range-08). */
  public static final Verb RANG = define("RANG", "draft-bryan-ftp-range-08");

  /** {@code AVBL}: available space (draft-peterson-streamlined-ftp-command-extensions-10). */
  public static final Verb AVBL =
      define("AVBL", "draft-peterson-streamlined-ftp-command-extensions-10");

  /** {@code XCRC}: CRC-32 of a file (de facto extension (no published specification)). */
  public static final Verb XCRC = define("XCRC", "de facto extension (no published specification)");

  /** {@code XMD5}: MD5 of a file (de facto extension (no published specification)). */
  public static final Verb XMD5 = define("XMD5", "de facto extension (no published specification)");

  /** {@code XSHA1}: SHA-1 of a file (de facto extension (no published specification)). */
  public static final Verb XSHA1 =
      define("XSHA1", "de facto extension (no published specification)");

  /** {@code XSHA256}: SHA-256 of a file (de facto extension (no published specification)). */
  public static final Verb XSHA256 =
      define("XSHA256", "de facto extension (no published specification)");

  /** {@code XSHA512}: SHA-512 of a file (de facto extension (no published specification)). */
  public static final Verb XSHA512 =
      define("XSHA512", "de facto extension (no published specification)");

  /** {@code CLNT}: client software name (de facto extension (no published specification)). */
  public static final Verb CLNT = define("CLNT", "de facto extension (no published specification)");

  /**
   * {@code CSID}: client and server identification (de facto extension (no published
   * specification)).
   */
  public static final Verb CSID = define("CSID", "de facto extension (no published specification)");

  private final String name;
  private final String specification;
  private final boolean secret;

  private Verb(String name, String specification, boolean secret) {
    this.name = name;
    this.specification = specification;
    this.secret = secret;
  }

  private static Verb define(String name, String specification) {
    Verb verb = new Verb(name, specification, false);
    KNOWN.put(name, verb);
    return verb;
  }

  private static Verb defineSecret(String name, String specification) {
    Verb verb = new Verb(name, specification, true);
    KNOWN.put(name, verb);
    return verb;
  }

  /**
   * Returns the verb with this name, in any letter case: the shared constant when Ferry knows the
   * verb, else a new value.
   *
   * @param name the verb as it appears in a command line
   * @return the verb, named in upper case
   * @throws InvalidArgumentException if {@code name} is not 1 to 16 ASCII letters and digits
   *     starting with a letter; a server answers such a line with 500 (syntax error, command
   *     unrecognized)
   */
  public static Verb of(String name) {
    Objects.requireNonNull(name, "name");
    Verb known = KNOWN.get(name);
    if (known != null) {
      return known;
    }
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      throw new InvalidArgumentException("not a command verb: " + Text.quote(name));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        throw new InvalidArgumentException("not a command verb: " + Text.quote(name));
      }
    }
    String upper = name.toUpperCase(Locale.ROOT);
    known = KNOWN.get(upper);
    return known != null ? known : new Verb(upper, null, false);
  }

  /**
   * Returns the verbs Ferry knows, in the order of this class: RFC 959 first, then its extensions.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<Verb> known() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * Returns the verb's name.
   *
   * @return the upper-case name, for example {@code "RETR"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns where the verb is defined, for a registry or a HELP reply to cite.
   *
   * @return for example {@code "RFC 959 §4.1.3"}; empty for a verb Ferry does not know
   */
  public Optional<String> specification() {
    return Optional.ofNullable(specification);
  }

  /**
   * Returns whether this is one of the constants of this class.
   *
   * @return {@code true} for a verb Ferry knows
   */
  public boolean isKnown() {
    return specification != null;
  }

  /**
   * Returns whether the verb's argument is a secret that must never be logged ({@code PASS} and
   * {@code ACCT}). {@link Command#toString()} masks it.
   *
   * @return {@code true} if the argument must be masked
   */
  public boolean isSecret() {
    return secret;
  }

  /**
   * Compares by name.
   *
   * @param other the object to compare with
   * @return {@code true} if {@code other} is a verb with the same name
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Verb verb && verb.name.equals(name);
  }

  /**
   * Returns the hash code of the name.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the name.
   *
   * @return the upper-case name
   */
  @Override
  public String toString() {
    return name;
  }
}
