/**
 * The command SPI: add a command with a {@link dev.ferry.ftp.server.command.CommandHandler} and its
 * {@link dev.ferry.ftp.server.command.CommandSpec}, a SITE subcommand with a
 * {@link dev.ferry.ftp.server.command.SiteCommand}, or a cross-cutting concern with a
 * {@link dev.ferry.ftp.server.command.CommandInterceptor}, each through a Guice multibinding passed
 * to {@link dev.ferry.ftp.server.FtpServer.Builder#module}.
 */
package dev.ferry.ftp.server.command;
