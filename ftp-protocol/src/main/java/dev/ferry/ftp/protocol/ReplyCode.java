package dev.ferry.ftp.protocol;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An FTP reply code: three digits whose first says how the command went ({@link Category}) and
 * whose second says what the reply is about ({@link Function}), RFC 959 §4.2.1.
 *
 * <p>The codes of RFC 959 §4.2.2 and of the extensions Ferry implements are shared constants named
 * after their meaning and number, each with the RFC's text as its {@link #defaultText()}. {@link
 * #of(int)} returns the constant, or a new value for a code no RFC lists, so a client can still
 * read any server's reply. Two codes are equal when their numbers are.
 *
 * <p>Valid codes are 100 to 699: RFC 959 uses first digits 1 to 5 and RFC 2228 §5 adds 6 for
 * protected replies (631–633), which a client that never asked for protection should not see but
 * must be able to read.
 */
public final class ReplyCode {
  private static final Map<Integer, ReplyCode> KNOWN = new TreeMap<>();

  /**
   * The first digit of a reply code: whether the command succeeded, failed or needs more (RFC 959
   * §4.2.1), plus the protected replies of RFC 2228 §5.
   */
  public enum Category {
    /** 1yz: the action is being started; expect another reply before the next command. */
    POSITIVE_PRELIMINARY,
    /** 2yz: the action completed successfully. */
    POSITIVE_COMPLETION,
    /** 3yz: the command was accepted; another command must supply more information. */
    POSITIVE_INTERMEDIATE,
    /** 4yz: the command failed, but the same request may succeed if tried again. */
    TRANSIENT_NEGATIVE,
    /** 5yz: the command failed and should not be repeated as it is. */
    PERMANENT_NEGATIVE,
    /** 6yz: a reply protected by a security mechanism, its text a base64 message (RFC 2228). */
    PROTECTED;

    /**
     * Returns whether the command was accepted (1yz, 2yz, 3yz).
     *
     * @return {@code true} for the positive categories
     */
    public boolean isPositive() {
      return ordinal() <= POSITIVE_INTERMEDIATE.ordinal();
    }

    /**
     * Returns whether the command failed (4yz, 5yz).
     *
     * @return {@code true} for the negative categories
     */
    public boolean isNegative() {
      return this == TRANSIENT_NEGATIVE || this == PERMANENT_NEGATIVE;
    }

    /**
     * Returns whether another reply to the same command follows (1yz).
     *
     * @return {@code true} for {@link #POSITIVE_PRELIMINARY}
     */
    public boolean isPreliminary() {
      return this == POSITIVE_PRELIMINARY;
    }
  }

  /** The second digit of a reply code: what the reply is about (RFC 959 §4.2.1). */
  public enum Function {
    /** x0z: syntax errors, unimplemented or superfluous commands. */
    SYNTAX,
    /** x1z: replies to requests for information, such as status or help. */
    INFORMATION,
    /** x2z: the control and data connections. */
    CONNECTIONS,
    /** x3z: login and accounting. */
    AUTHENTICATION,
    /** x4z: unspecified as yet. */
    UNSPECIFIED,
    /** x5z: the state of the server file system for the requested transfer or action. */
    FILE_SYSTEM,
    /** x6z to x9z: second digits RFC 959 does not assign, seen from some servers. */
    UNASSIGNED
  }

  /**
   * 110 Restart marker reply (RFC 959 §4.2.2; the text carries the marker, {@code MARK yyyy =
   * mmmm}).
   */
  public static final ReplyCode RESTART_MARKER_110 = define(110, "Restart marker reply.");

  /** 120 Service ready in nnn minutes (RFC 959 §4.2.2). */
  public static final ReplyCode SERVICE_READY_IN_120 = define(120, "Service ready in nnn minutes.");

  /** 125 Data connection already open; transfer starting (RFC 959 §4.2.2). */
  public static final ReplyCode DATA_CONNECTION_ALREADY_OPEN_125 =
      define(125, "Data connection already open; transfer starting.");

  /** 150 File status okay; about to open data connection (RFC 959 §4.2.2). */
  public static final ReplyCode FILE_STATUS_OK_150 =
      define(150, "File status okay; about to open data connection.");

  /** 200 Command okay (RFC 959 §4.2.2). */
  public static final ReplyCode COMMAND_OK_200 = define(200, "Command okay.");

  /** 202 Command not implemented, superfluous at this site (RFC 959 §4.2.2). */
  public static final ReplyCode COMMAND_SUPERFLUOUS_202 =
      define(202, "Command not implemented, superfluous at this site.");

  /**
   * 211 System status, or system help reply (RFC 959 §4.2.2; also the FEAT reply, RFC 2389 §3.2).
   */
  public static final ReplyCode SYSTEM_STATUS_211 =
      define(211, "System status, or system help reply.");

  /** 212 Directory status (RFC 959 §4.2.2). */
  public static final ReplyCode DIRECTORY_STATUS_212 = define(212, "Directory status.");

  /** 213 File status (RFC 959 §4.2.2; also the SIZE and MDTM replies, RFC 3659 §3 and §4). */
  public static final ReplyCode FILE_STATUS_213 = define(213, "File status.");

  /** 214 Help message (RFC 959 §4.2.2). */
  public static final ReplyCode HELP_MESSAGE_214 = define(214, "Help message.");

  /**
   * 215 NAME system type (RFC 959 §4.2.2; NAME is a system name from the Assigned Numbers list).
   */
  public static final ReplyCode SYSTEM_TYPE_215 = define(215, "NAME system type.");

  /** 220 Service ready for new user (RFC 959 §4.2.2; also HOST accepted, RFC 7151 §3.2). */
  public static final ReplyCode SERVICE_READY_220 = define(220, "Service ready for new user.");

  /** 221 Service closing control connection (RFC 959 §4.2.2). */
  public static final ReplyCode SERVICE_CLOSING_221 =
      define(221, "Service closing control connection.");

  /** 225 Data connection open; no transfer in progress (RFC 959 §4.2.2). */
  public static final ReplyCode DATA_CONNECTION_OPEN_225 =
      define(225, "Data connection open; no transfer in progress.");

  /** 226 Closing data connection (RFC 959 §4.2.2; the requested file action succeeded). */
  public static final ReplyCode CLOSING_DATA_CONNECTION_226 =
      define(226, "Closing data connection.");

  /** 227 Entering Passive Mode (h1,h2,h3,h4,p1,p2) (RFC 959 §4.2.2). */
  public static final ReplyCode ENTERING_PASSIVE_MODE_227 =
      define(227, "Entering Passive Mode (h1,h2,h3,h4,p1,p2).");

  /** 228 Entering Long Passive Mode (RFC 1639 §2). */
  public static final ReplyCode ENTERING_LONG_PASSIVE_MODE_228 =
      define(228, "Entering Long Passive Mode.");

  /** 229 Entering Extended Passive Mode (|||port|) (RFC 2428 §3). */
  public static final ReplyCode ENTERING_EXTENDED_PASSIVE_MODE_229 =
      define(229, "Entering Extended Passive Mode (|||port|).");

  /** 230 User logged in, proceed (RFC 959 §4.2.2). */
  public static final ReplyCode USER_LOGGED_IN_230 = define(230, "User logged in, proceed.");

  /** 232 User logged in, authorized by security data exchange (RFC 2228 §5). */
  public static final ReplyCode USER_LOGGED_IN_AUTHORIZED_232 =
      define(232, "User logged in, authorized by security data exchange.");

  /** 234 Security data exchange complete (RFC 2228 §5; the reply to AUTH TLS, RFC 4217 §4). */
  public static final ReplyCode SECURITY_DATA_EXCHANGE_COMPLETE_234 =
      define(234, "Security data exchange complete.");

  /**
   * 235 Security data exchange completed successfully (RFC 2228 §5; the text may carry {@code
   * ADAT=base64data}).
   */
  public static final ReplyCode SECURITY_DATA_EXCHANGE_SUCCEEDED_235 =
      define(235, "Security data exchange completed successfully.");

  /** 250 Requested file action okay, completed (RFC 959 §4.2.2). */
  public static final ReplyCode FILE_ACTION_OK_250 =
      define(250, "Requested file action okay, completed.");

  /** 257 "PATHNAME" created (RFC 959 §4.2.2 and Appendix II; see {@link Reply#ofPathname}). */
  public static final ReplyCode PATHNAME_CREATED_257 = define(257, "\"PATHNAME\" created.");

  /** 331 User name okay, need password (RFC 959 §4.2.2). */
  public static final ReplyCode USER_NAME_OK_331 = define(331, "User name okay, need password.");

  /** 332 Need account for login (RFC 959 §4.2.2). */
  public static final ReplyCode NEED_ACCOUNT_332 = define(332, "Need account for login.");

  /**
   * 334 Security mechanism accepted; security data follows (RFC 2228 §5; the text may carry {@code
   * ADAT=base64data}).
   */
  public static final ReplyCode SECURITY_MECHANISM_OK_334 =
      define(334, "Security mechanism accepted; security data follows.");

  /**
   * 335 Security data acceptable; more is required (RFC 2228 §5; the text may carry {@code
   * ADAT=base64data}).
   */
  public static final ReplyCode SECURITY_DATA_ACCEPTABLE_335 =
      define(335, "Security data acceptable; more is required.");

  /** 336 User name okay, need password; challenge follows (RFC 2228 §5). */
  public static final ReplyCode USER_NAME_OK_CHALLENGE_336 =
      define(336, "User name okay, need password; challenge follows.");

  /** 350 Requested file action pending further information (RFC 959 §4.2.2). */
  public static final ReplyCode FILE_ACTION_PENDING_350 =
      define(350, "Requested file action pending further information.");

  /** 421 Service not available, closing control connection (RFC 959 §4.2.2). */
  public static final ReplyCode SERVICE_NOT_AVAILABLE_421 =
      define(421, "Service not available, closing control connection.");

  /** 425 Can't open data connection (RFC 959 §4.2.2). */
  public static final ReplyCode CANNOT_OPEN_DATA_CONNECTION_425 =
      define(425, "Can't open data connection.");

  /** 426 Connection closed; transfer aborted (RFC 959 §4.2.2). */
  public static final ReplyCode TRANSFER_ABORTED_426 =
      define(426, "Connection closed; transfer aborted.");

  /** 431 Need some unavailable resource to process security (RFC 2228 §5). */
  public static final ReplyCode NEED_UNAVAILABLE_RESOURCE_431 =
      define(431, "Need some unavailable resource to process security.");

  /** 450 Requested file action not taken. File unavailable (e.g., file busy) (RFC 959 §4.2.2). */
  public static final ReplyCode FILE_BUSY_450 =
      define(450, "Requested file action not taken. File unavailable (e.g., file busy).");

  /** 451 Requested action aborted: local error in processing (RFC 959 §4.2.2). */
  public static final ReplyCode LOCAL_ERROR_451 =
      define(451, "Requested action aborted: local error in processing.");

  /** 452 Requested action not taken. Insufficient storage space in system (RFC 959 §4.2.2). */
  public static final ReplyCode INSUFFICIENT_STORAGE_452 =
      define(452, "Requested action not taken. Insufficient storage space in system.");

  /** 500 Syntax error, command unrecognized (RFC 959 §4.2.2; also a command line too long). */
  public static final ReplyCode SYNTAX_ERROR_500 =
      define(500, "Syntax error, command unrecognized.");

  /** 501 Syntax error in parameters or arguments (RFC 959 §4.2.2). */
  public static final ReplyCode SYNTAX_ERROR_IN_ARGUMENTS_501 =
      define(501, "Syntax error in parameters or arguments.");

  /** 502 Command not implemented (RFC 959 §4.2.2). */
  public static final ReplyCode COMMAND_NOT_IMPLEMENTED_502 =
      define(502, "Command not implemented.");

  /** 503 Bad sequence of commands (RFC 959 §4.2.2). */
  public static final ReplyCode BAD_SEQUENCE_503 = define(503, "Bad sequence of commands.");

  /** 504 Command not implemented for that parameter (RFC 959 §4.2.2). */
  public static final ReplyCode NOT_IMPLEMENTED_FOR_PARAMETER_504 =
      define(504, "Command not implemented for that parameter.");

  /**
   * 522 Network protocol not supported, use (1,2) (RFC 2428 §2; the text lists the supported
   * protocols).
   */
  public static final ReplyCode NETWORK_PROTOCOL_NOT_SUPPORTED_522 =
      define(522, "Network protocol not supported, use (1,2).");

  /** 530 Not logged in (RFC 959 §4.2.2). */
  public static final ReplyCode NOT_LOGGED_IN_530 = define(530, "Not logged in.");

  /** 532 Need account for storing files (RFC 959 §4.2.2). */
  public static final ReplyCode NEED_ACCOUNT_FOR_STORING_532 =
      define(532, "Need account for storing files.");

  /** 533 Command protection level denied for policy reasons (RFC 2228 §5). */
  public static final ReplyCode PROTECTION_LEVEL_DENIED_533 =
      define(533, "Command protection level denied for policy reasons.");

  /** 534 Request denied for policy reasons (RFC 2228 §5). */
  public static final ReplyCode REQUEST_DENIED_FOR_POLICY_534 =
      define(534, "Request denied for policy reasons.");

  /** 535 Failed security check (RFC 2228 §5). */
  public static final ReplyCode FAILED_SECURITY_CHECK_535 = define(535, "Failed security check.");

  /** 536 Requested PROT level not supported by mechanism (RFC 2228 §5). */
  public static final ReplyCode PROTECTION_LEVEL_NOT_SUPPORTED_536 =
      define(536, "Requested PROT level not supported by mechanism.");

  /** 537 Command protection level not supported by security mechanism (RFC 2228 §5). */
  public static final ReplyCode COMMAND_PROTECTION_NOT_SUPPORTED_537 =
      define(537, "Command protection level not supported by security mechanism.");

  /**
   * 550 Requested action not taken. File unavailable (e.g., file not found, no access) (RFC 959
   * §4.2.2).
   */
  public static final ReplyCode FILE_UNAVAILABLE_550 =
      define(
          550,
          "Requested action not taken. File unavailable (e.g., file " + "not found, no access).");

  /** 551 Requested action aborted: page type unknown (RFC 959 §4.2.2). */
  public static final ReplyCode PAGE_TYPE_UNKNOWN_551 =
      define(551, "Requested action aborted: page type unknown.");

  /** 552 Requested file action aborted. Exceeded storage allocation (RFC 959 §4.2.2). */
  public static final ReplyCode EXCEEDED_STORAGE_ALLOCATION_552 =
      define(552, "Requested file action aborted. Exceeded storage allocation.");

  /** 553 Requested action not taken. File name not allowed (RFC 959 §4.2.2). */
  public static final ReplyCode FILE_NAME_NOT_ALLOWED_553 =
      define(553, "Requested action not taken. File name not allowed.");

  /** 631 Integrity protected reply (RFC 2228 §5; the text is a base64 MIC-protected reply). */
  public static final ReplyCode INTEGRITY_PROTECTED_631 = define(631, "Integrity protected reply.");

  /**
   * 632 Confidentiality and integrity protected reply (RFC 2228 §5; the text is a base64
   * ENC-protected reply).
   */
  public static final ReplyCode CONFIDENTIALITY_AND_INTEGRITY_PROTECTED_632 =
      define(632, "Confidentiality and integrity protected reply.");

  /**
   * 633 Confidentiality protected reply (RFC 2228 §5; the text is a base64 CONF-protected reply).
   */
  public static final ReplyCode CONFIDENTIALITY_PROTECTED_633 =
      define(633, "Confidentiality protected reply.");

  private final int code;
  private final String defaultText;

  private ReplyCode(int code, String defaultText) {
    this.code = code;
    this.defaultText = defaultText;
  }

  private static ReplyCode define(int code, String defaultText) {
    ReplyCode replyCode = new ReplyCode(code, defaultText);
    KNOWN.put(code, replyCode);
    return replyCode;
  }

  /**
   * Returns the reply code with this number: the shared constant if there is one, else a new value
   * with an empty default text.
   *
   * @param code the three-digit code
   * @return the reply code
   * @throws InvalidArgumentException if {@code code} is not between 100 and 699
   */
  public static ReplyCode of(int code) {
    ReplyCode known = KNOWN.get(code);
    if (known != null) {
      return known;
    }
    if (code < 100 || code > 699) {
      throw new InvalidArgumentException("not a reply code (100-699): " + code);
    }
    return new ReplyCode(code, "");
  }

  /**
   * Returns the codes this class names, in ascending order.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<ReplyCode> known() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * Returns the number.
   *
   * @return the three-digit code, 100 to 699
   */
  public int code() {
    return code;
  }

  /**
   * Returns the first digit's meaning.
   *
   * @return the category
   */
  public Category category() {
    return Category.values()[code / 100 - 1];
  }

  /**
   * Returns the second digit's meaning.
   *
   * @return the function
   */
  public Function function() {
    return Function.values()[Math.min(code / 10 % 10, Function.UNASSIGNED.ordinal())];
  }

  /**
   * Returns the text RFCs give for this code, for a reply that has nothing more specific to say.
   *
   * @return the text, for example {@code "Command okay."}; empty for a code no RFC lists
   */
  public String defaultText() {
    return defaultText;
  }

  /**
   * Compares by number.
   *
   * @param other the object to compare with
   * @return {@code true} if {@code other} is a reply code with the same number
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof ReplyCode replyCode && replyCode.code == code;
  }

  /**
   * Returns the number as hash code.
   *
   * @return the code
   */
  @Override
  public int hashCode() {
    return code;
  }

  /**
   * Returns the number and its default text.
   *
   * @return for example {@code "200 Command okay."}, or {@code "299"} for an unlisted code
   */
  @Override
  public String toString() {
    return defaultText.isEmpty() ? Integer.toString(code) : code + " " + defaultText;
  }
}
