package onramp.devtools.git;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Paths as git prints them: C-quoted when they hold quotes, backslashes or control bytes. */
final class GitPaths {
  private GitPaths() {}

  /** {@code "a\tb"} becomes {@code a<TAB>b}; an unquoted path is returned as it is. */
  static String unquote(String s) {
    if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String body = s.substring(1, s.length() - 1);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 == body.length()) {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      char e = body.charAt(++i);
      if (e >= '0' && e <= '7' && i + 2 < body.length()) {
        bytes.write(Integer.parseInt(body.substring(i, i + 3), 8));
        i += 2;
        continue;
      }
      bytes.write(
          switch (e) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'v' -> 11;
            case 'f' -> 12;
            case 'r' -> '\r';
            default -> e;
          });
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Whether the file is TypeScript source the compiler checks (not a declaration file). */
  static boolean isTypeScript(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return (p.endsWith(".ts") || p.endsWith(".tsx") || p.endsWith(".mts") || p.endsWith(".cts"))
        && !isDeclaration(p);
  }

  static boolean isDeclaration(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".d.ts") || p.endsWith(".d.mts") || p.endsWith(".d.cts");
  }
}
