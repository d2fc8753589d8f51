package onramp.documents.i9;

/** One block of Supplement B, Reverification and Rehire (page 4), numbered 1..3 as printed. */
public record ReverificationRow(
    int row,
    FieldValue rehireDate,
    FieldValue newLastName,
    FieldValue newFirstName,
    FieldValue newMiddleInitial,
    FieldValue documentTitle,
    FieldValue documentNumber,
    FieldValue documentExpirationDate,
    FieldValue employerName,
    FieldValue employerSignature,
    FieldValue signedOn,
    FieldValue additionalInformation,
    CheckBox alternativeProcedure) {}
