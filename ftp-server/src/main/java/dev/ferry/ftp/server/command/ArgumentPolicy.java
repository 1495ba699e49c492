package dev.ferry.ftp.server.command;

/** Whether a command takes an argument; the dispatcher answers a breach with {@code 501}. */
public enum ArgumentPolicy {
  /** The command must have an argument ({@code RETR file}). */
  REQUIRED,
  /** The argument may be left out ({@code LIST [path]}). */
  OPTIONAL,
  /** The command takes no argument ({@code PWD}). */
  NONE
}
