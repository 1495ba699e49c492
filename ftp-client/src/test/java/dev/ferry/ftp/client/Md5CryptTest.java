package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Md5CryptTest {
  @ParameterizedTest
  @CsvSource({
    // openssl passwd -1 -salt <salt> <password>
    "secret, abcdefgh, $1$abcdefgh$cHJi5PXp/ki/ktXzqlk6I1",
    "'',     saltsalt, $1$saltsalt$5Jhcit4zN9UlGiA0txPkO0",
    "a very long password of more than sixteen bytes, xy, $1$xy$wVFBMiE6MfwqNs9NJUYpC1",
  })
  void matchesOpenssl(String password, String salt, String expected) {
    assertEquals(expected, Md5Crypt.crypt(password, salt));
  }
}
