package dev.ferry.ftp.cli.internal.client;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli parse URL arguments, so that a malformed URL is a usage error (exit code 2). */
final class FtpUrlConverter implements ITypeConverter<FtpUrl> {
  @Override
  public FtpUrl convert(String value) {
    try {
      return FtpUrl.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
