package onramp.documents.i9;

import java.util.List;

/** Supplement B, Reverification and Rehire (formerly Section 3), page 4. */
public record SupplementB(
    FieldValue lastName,
    FieldValue firstName,
    FieldValue middleInitial,
    List<ReverificationRow> rows) {
  public SupplementB {
    rows = List.copyOf(rows);
  }
}
