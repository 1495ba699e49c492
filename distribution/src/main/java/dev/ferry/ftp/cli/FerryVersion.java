package dev.ferry.ftp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reports the version the build wrote into {@code version.properties}. */
final class FerryVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"ferry " + version()};
  }

  /** Returns the project version this build was made from. */
  static String version() {
    try (InputStream in = FerryVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "(development build)";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "(development build)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
