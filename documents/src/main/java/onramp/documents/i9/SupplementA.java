package onramp.documents.i9;

import java.util.List;

/** Supplement A, Preparer and/or Translator Certification for Section 1 (page 3). */
public record SupplementA(
    FieldValue lastName,
    FieldValue firstName,
    FieldValue middleInitial,
    List<PreparerRow> preparers) {
  public SupplementA {
    preparers = List.copyOf(preparers);
  }
}
