package dev.ferry.ftp.client.nio;

import java.util.regex.Pattern;

/**
 * Glob patterns as {@link java.nio.file.FileSystem#getPathMatcher} defines them: {@code *} within
 * a name, {@code **} across names, {@code ?}, {@code [...]} and {@code {a,b}}.
 */
final class Globs {
  private Globs() {}

  static Pattern toPattern(String glob) {
    StringBuilder regex = new StringBuilder("^");
    boolean inGroup = false;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            regex.append(".*");
            i++;
          } else {
            regex.append("[^/]*");
          }
        }
        case '?' -> regex.append("[^/]");
        case '[' -> {
          int end = glob.indexOf(']', i + 1);
          if (end < 0) {
            throw new java.util.regex.PatternSyntaxException("unclosed [", glob, i);
          }
          String set = glob.substring(i + 1, end).replace("\\", "\\\\");
          regex.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
          i = end;
        }
        case '{' -> {
          regex.append("(?:");
          inGroup = true;
        }
        case '}' -> {
          regex.append(inGroup ? ")" : "\\}");
          inGroup = false;
        }
        case ',' -> regex.append(inGroup ? "|" : ",");
        case '\\' -> {
          if (i + 1 < glob.length()) {
            regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          }
        }
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.append('$').toString());
  }
}
