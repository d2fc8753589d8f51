package onramp.documents.i9;

/** The employee's name as Section 1 gives it. */
public record PersonName(
    FieldValue last, FieldValue first, FieldValue middleInitial, FieldValue otherLastNames) {}
