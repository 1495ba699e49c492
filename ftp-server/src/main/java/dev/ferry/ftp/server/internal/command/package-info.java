/**
 * The built-in command handlers, one short class per command, bound in
 * {@link dev.ferry.ftp.server.internal.command.BuiltInCommandsModule}. A new command is a class
 * extending {@code BuiltInHandler} with its {@code CommandSpec}, plus one line in that module.
 */
package dev.ferry.ftp.server.internal.command;
