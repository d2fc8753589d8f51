package onramp.documents.i9;

/**
 * One preparer/translator block of Supplement A.
 *
 * @param row 1..4 as printed; row 2's first name cannot be read from the fillable form, which has
 *     no field for it (its widget belongs to the last-name field), so it is blank there
 */
public record PreparerRow(
    int row,
    FieldValue signature,
    FieldValue signedOn,
    FieldValue lastName,
    FieldValue firstName,
    FieldValue middleInitial,
    FieldValue street,
    FieldValue city,
    FieldValue state,
    FieldValue zip) {}
