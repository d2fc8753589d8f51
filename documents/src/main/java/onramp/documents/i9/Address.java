package onramp.documents.i9;

/** A postal address as the form splits it. */
public record Address(
    FieldValue street, FieldValue apt, FieldValue city, FieldValue state, FieldValue zip) {}
