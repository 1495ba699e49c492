package dev.ferry.ftp.server.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The PHC string format (github.com/P-H-C/phc-string-format): {@code $id[$v=version][$params]$salt$hash},
 * parameters as {@code name=value} pairs separated by commas, salt and hash in standard Base64
 * without padding. Every limit is checked here, so no hashing starts on absurd parameters.
 */
final class Phc {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9-]{1,32}");
  private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,9}");
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  /** A stored string longer than this is not a hash of any supported algorithm. */
  static final int MAX_LENGTH = 1024;

  private Phc() {}

  /** Returns the algorithm identifier: the text between the first two {@code $}. */
  static String identifier(String encoded) {
    if (encoded.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("hash is longer than " + MAX_LENGTH + " characters");
    }
    if (!encoded.startsWith("$")) {
      throw new IllegalArgumentException("hash must start with \"$\" (a PHC or crypt string)");
    }
    int end = encoded.indexOf('$', 1);
    String id = end < 0 ? encoded.substring(1) : encoded.substring(1, end);
    if (!IDENTIFIER.matcher(id).matches()) {
      throw new IllegalArgumentException("hash has no algorithm identifier");
    }
    return id;
  }

  /** Splits a hash string at {@code $}: the first element is the identifier. */
  static List<String> fields(String encoded) {
    return List.of(encoded.substring(1).split("\\$", -1));
  }

  /** Parses {@code a=1,b=2} into an ordered map; names must be distinct. */
  static Map<String, String> parameters(String text) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : text.split(",", -1)) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("bad hash parameter \"" + pair + "\"");
      }
      if (parameters.put(pair.substring(0, equals), pair.substring(equals + 1)) != null) {
        throw new IllegalArgumentException("hash parameter " + pair.substring(0, equals)
            + " appears twice");
      }
    }
    return parameters;
  }

  /** Reads a decimal parameter within bounds. */
  static int decimal(String value, String name, int min, int max) {
    if (value == null) {
      throw new IllegalArgumentException("hash parameter " + name + " is missing");
    }
    if (!DECIMAL.matcher(value).matches() || Long.parseLong(value) < min
        || Long.parseLong(value) > max) {
      throw new IllegalArgumentException("hash parameter " + name + " must be a number from "
          + min + " to " + max + ", not \"" + value + "\"");
    }
    return Integer.parseInt(value);
  }

  /** Decodes standard Base64, padding optional, and checks the length. */
  static byte[] base64(String text, String what, int minBytes, int maxBytes) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("hash " + what + " is not Base64", e);
    }
    if (bytes.length < minBytes || bytes.length > maxBytes) {
      throw new IllegalArgumentException("hash " + what + " must be " + minBytes + " to "
          + maxBytes + " bytes, not " + bytes.length);
    }
    return bytes;
  }

  /** Encodes standard Base64 without padding, as PHC strings do. */
  static String base64(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /** Returns fresh random salt. */
  static byte[] salt(int bytes) {
    byte[] salt = new byte[bytes];
    RANDOM.nextBytes(salt);
    return salt;
  }

  /** Returns a password's UTF-8 bytes, the encoding every supported format hashes. */
  static byte[] utf8(CharSequence password) {
    return password.toString().getBytes(StandardCharsets.UTF_8);
  }
}
