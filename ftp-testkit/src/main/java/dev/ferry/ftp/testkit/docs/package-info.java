/**
 * Keeps Markdown guides honest: {@link dev.ferry.ftp.testkit.docs.DocSnippets} checks that each
 * Java block of a guide is, character for character, a region of a test that compiles and runs.
 */
package dev.ferry.ftp.testkit.docs;
