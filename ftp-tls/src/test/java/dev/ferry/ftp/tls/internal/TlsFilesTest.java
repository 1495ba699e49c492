package dev.ferry.ftp.tls.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.TlsConfigurationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsFilesTest {
  @TempDir Path dir;

  @Test
  void failuresToReadSayWhyInPlainWords() {
    Path file = dir.resolve("key.pem");
    assertEquals(
        file + ": no such file",
        TlsFiles.unreadable(file, new NoSuchFileException(file.toString())).getMessage());
    assertEquals(
        file + ": permission denied",
        TlsFiles.unreadable(file, new AccessDeniedException(file.toString())).getMessage());
    assertTrue(
        TlsFiles.unreadable(file, new IOException("disk on fire"))
            .getMessage()
            .startsWith(file + ": cannot read it: "));
  }

  @Test
  void writesReplaceAtomicallyAndFailWithTheFileName() throws Exception {
    Path target = dir.resolve("a/b/cert.pem");
    TlsFiles.writeAtomically(target, "one", false);
    TlsFiles.writeAtomically(target, "two", false);
    assertEquals("two", Files.readString(target));

    Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
    Path impossible = blocker.resolve("cert.pem");
    TlsConfigurationException e =
        assertThrows(
            TlsConfigurationException.class, () -> TlsFiles.writeAtomically(impossible, "x", true));
    assertTrue(e.getMessage().startsWith(impossible + ": cannot write it"), e.getMessage());
  }
}
