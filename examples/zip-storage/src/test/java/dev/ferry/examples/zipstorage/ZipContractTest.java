package dev.ferry.examples.zipstorage;

import dev.ferry.ftp.testkit.vfs.Fixture;
import dev.ferry.ftp.testkit.vfs.VirtualFileSystemContract;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin keeps the storage contract: it cannot write, so each test's fixture becomes a ZIP
 * archive, which the plugin then serves. The read-side tests run; every change must be denied.
 */
class ZipContractTest extends VirtualFileSystemContract {
  @TempDir Path dir;

  private int archives;

  @Override
  protected VirtualFileSystem createFileSystem(Fixture fixture) throws IOException {
    Path archive = dir.resolve("fixture-" + archives++ + ".zip");
    try (OutputStream out = Files.newOutputStream(archive);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (VirtualPath directory : fixture.directories()) {
        zip.putNextEntry(new ZipEntry(directory.toString().substring(1) + "/"));
        zip.closeEntry();
      }
      for (VirtualPath file : fixture.files()) {
        zip.putNextEntry(new ZipEntry(file.toString().substring(1)));
        try (InputStream content = Channels.newInputStream(fixture.open(file))) {
          content.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return VfsProviders.open("zip", VfsConfig.of(Map.of("archive", archive.toString())));
  }

  @Override
  protected Set<Capability> expectedCapabilities() {
    return Set.of();
  }

  /** Deflating and inflating a gigabyte adds nothing the contract needs: 16 MiB. */
  @Override
  protected long largeFileBytes() {
    return Math.min(super.largeFileBytes(), 16L << 20);
  }
}
