/**
 * The command registry (built from the handler multibinding), the dispatcher that enforces each
 * command's declared preconditions and pending-action rules, and the interceptor chain.
 */
package dev.ferry.ftp.server.internal.dispatch;
