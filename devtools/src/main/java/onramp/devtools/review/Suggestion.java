package onramp.devtools.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Replaces whole lines of a text with a suggestion, keeping the file's line separator. */
final class Suggestion {
  private Suggestion() {}

  /**
   * @return the new text, or empty when {@code start..end} is not inside {@code text}
   */
  static Optional<String> apply(String text, int start, int end, String replacement) {
    String separator = text.contains("\r\n") ? "\r\n" : "\n";
    boolean finalNewline = text.endsWith("\n");
    List<String> lines = new ArrayList<>(text.lines().toList());
    if (start < 1 || end < start || end > lines.size()) {
      return Optional.empty();
    }
    List<String> with = replacement.isEmpty() ? List.of() : replacement.lines().toList();
    lines.subList(start - 1, end).clear();
    lines.addAll(start - 1, with);
    String joined = String.join(separator, lines);
    return Optional.of(finalNewline && !lines.isEmpty() ? joined + separator : joined);
  }
}
