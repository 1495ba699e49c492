/**
 * The production configuration ({@code ferry.yaml}): YAML read with line numbers, overridden by
 * {@code FERRY_…} environment variables and {@code --set} options, checked into immutable values.
 */
package dev.ferry.ftp.cli.internal.config;
