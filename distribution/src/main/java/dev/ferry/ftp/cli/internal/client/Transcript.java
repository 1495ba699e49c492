package dev.ferry.ftp.cli.internal.client;

import java.io.PrintWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * {@code --verbose}: the client library's commands and replies, which it logs at debug with the
 * passwords masked, shown on standard error for as long as a command runs. The logging
 * configuration of the distribution is left as it was afterwards.
 */
final class Transcript implements AutoCloseable {
  /** The client library's loggers; its control connection logs each command and reply. */
  private static final String LOGGER = "dev.ferry.ftp.client";

  private final LoggerContext context;
  private final Appender appender;
  private final LoggerConfig previous;

  private Transcript(LoggerContext context, Appender appender, LoggerConfig previous) {
    this.context = context;
    this.appender = appender;
    this.previous = previous;
  }

  /**
   * Starts copying the client's debug log to a writer.
   *
   * @param err where to write, one message a line
   * @return the transcript, to close when the command ends
   */
  static Transcript start(PrintWriter err) {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    Appender appender =
        WriterAppender.newBuilder()
            .setName("ferry-verbose")
            // Stopping the appender closes its writer; the command's stderr must stay open.
            .setTarget(
                new PrintWriter(err) {
                  @Override
                  public void close() {
                    flush();
                  }
                })
            .setLayout(PatternLayout.newBuilder().withPattern("%m%n").withConfiguration(config).build())
            .setConfiguration(config)
            .build();
    appender.start();
    LoggerConfig logger =
        LoggerConfig.newBuilder()
            .withLoggerName(LOGGER)
            .withLevel(Level.DEBUG)
            .withAdditivity(false)
            .withConfig(config)
            .build();
    logger.addAppender(appender, Level.DEBUG, null);
    LoggerConfig previous = config.getLoggers().get(LOGGER);
    config.addLogger(LOGGER, logger);
    context.updateLoggers();
    return new Transcript(context, appender, previous);
  }

  @Override
  public void close() {
    Configuration config = context.getConfiguration();
    config.removeLogger(LOGGER);
    if (previous != null) {
      config.addLogger(LOGGER, previous);
    }
    context.updateLoggers();
    appender.stop();
  }
}
