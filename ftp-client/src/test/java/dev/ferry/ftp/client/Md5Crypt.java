package dev.ferry.ftp.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * crypt(3)'s MD5 scheme ({@code $1$salt$hash}, Poul-Henning Kamp's), for the password files of the
 * test servers: every crypt(3) still verifies it, and computing it here spares the tests a
 * dependency on the openssl command.
 */
final class Md5Crypt {
  private static final String ITOA64 =
      "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private Md5Crypt() {}

  static String crypt(String password, String salt) {
    byte[] pw = password.getBytes(StandardCharsets.UTF_8);
    byte[] s = salt.getBytes(StandardCharsets.US_ASCII);
    byte[] magic = "$1$".getBytes(StandardCharsets.US_ASCII);
    MessageDigest ctx = md5();
    ctx.update(pw);
    ctx.update(magic);
    ctx.update(s);
    MessageDigest alt = md5();
    alt.update(pw);
    alt.update(s);
    alt.update(pw);
    byte[] altSum = alt.digest();
    for (int left = pw.length; left > 0; left -= 16) {
      ctx.update(altSum, 0, Math.min(16, left));
    }
    for (int i = pw.length; i != 0; i >>>= 1) {
      if ((i & 1) != 0) {
        ctx.update((byte) 0);
      } else {
        ctx.update(pw, 0, Math.min(1, pw.length));
      }
    }
    byte[] sum = ctx.digest();
    for (int i = 0; i < 1000; i++) {
      MessageDigest round = md5();
      round.update((i & 1) != 0 ? pw : sum);
      if (i % 3 != 0) {
        round.update(s);
      }
      if (i % 7 != 0) {
        round.update(pw);
      }
      round.update((i & 1) != 0 ? sum : pw);
      sum = round.digest();
    }
    StringBuilder out = new StringBuilder("$1$").append(salt).append('$');
    int[][] groups = {{0, 6, 12}, {1, 7, 13}, {2, 8, 14}, {3, 9, 15}, {4, 10, 5}};
    for (int[] g : groups) {
      to64(out, (b(sum[g[0]]) << 16) | (b(sum[g[1]]) << 8) | b(sum[g[2]]), 4);
    }
    to64(out, b(sum[11]), 2);
    return out.toString();
  }

  private static int b(byte value) {
    return value & 0xFF;
  }

  private static void to64(StringBuilder out, int value, int count) {
    for (int i = 0; i < count; i++) {
      out.append(ITOA64.charAt(value & 0x3F));
      value >>>= 6;
    }
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
