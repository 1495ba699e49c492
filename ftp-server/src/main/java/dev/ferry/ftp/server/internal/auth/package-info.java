/**
 * Login: the authenticators of the builder (PBKDF2 user list, anonymous), the failed-login
 * throttle and ban, the shared storage backends and the per-user home views.
 */
package dev.ferry.ftp.server.internal.auth;
