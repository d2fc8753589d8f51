package onramp.documents.i9;

import java.util.Optional;

/**
 * The employer's representative, split from the form's single "Last Name, First Name and Title"
 * field at its commas. Best effort: the raw text stays in {@link
 * Section2#representativeNameAndTitle()}.
 */
public record Representative(
    Optional<String> lastName, Optional<String> firstName, Optional<String> title) {
  static Representative parse(FieldValue value) {
    if (!value.isPresent()) {
      return new Representative(Optional.empty(), Optional.empty(), Optional.empty());
    }
    String[] parts = value.text().split("\\s*,\\s*", 3);
    return new Representative(part(parts, 0), part(parts, 1), part(parts, 2));
  }

  private static Optional<String> part(String[] parts, int i) {
    return i < parts.length && !parts[i].isBlank() ? Optional.of(parts[i]) : Optional.empty();
  }
}
