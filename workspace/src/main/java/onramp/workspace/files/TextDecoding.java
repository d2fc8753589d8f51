package onramp.workspace.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes to text when the encoding is not declared: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
 * without one, UTF-8 if the bytes are valid UTF-8, else windows-1252 (which reads Latin-1 too, the
 * usual encoding of older Windows exports). Bytes that look binary are not text at all.
 */
final class TextDecoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** The text, or empty when the bytes are binary (NUL bytes, or many control characters). */
  static Optional<String> decode(byte[] b) {
    if (Sniffer.starts(b, 0, 0xEF, 0xBB, 0xBF)) {
      return textual(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }
    if (Sniffer.starts(b, 0, 0xFF, 0xFE)) {
      return textual(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
    }
    if (Sniffer.starts(b, 0, 0xFE, 0xFF)) {
      return textual(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
    }
    if (hasNul(b)) {
      return Optional.empty();
    }
    return textual(utf8(b).orElseGet(() -> new String(b, WINDOWS_1252)));
  }

  /** Strict UTF-8: empty when any byte sequence is not valid UTF-8. */
  static Optional<String> utf8(byte[] b) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean hasNul(byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        return true;
      }
    }
    return false;
  }

  /** Text has few control characters; more than 1 in 100 (tabs and line ends aside) is binary. */
  private static Optional<String> textual(String s) {
    int controls = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)) {
        controls++;
      }
    }
    return controls * 100L > s.length() ? Optional.empty() : Optional.of(s);
  }

  /**
   * Text as the model gets it: lines end in {@code \n}, control characters other than tab and line
   * end are gone, and there is no byte-order mark or trailing blank space.
   */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\f') {
        out.append('\n');
      } else if (c == '\t' || c == '\n' || (c >= 0x20 && c != 0x7F && c != '\uFEFF')) {
        out.append(c);
      }
    }
    return out.toString().stripTrailing();
  }
}
