package onramp.documents.i9;

/**
 * Section 1, Employee Information and Attestation. Every field is present; blank ones are blank.
 */
public record Section1(
    PersonName name,
    Address address,
    FieldValue dateOfBirth,
    Ssn ssn,
    FieldValue email,
    FieldValue phone,
    Attestation attestation,
    FieldValue signature,
    FieldValue signedOn) {

  /** The signature box holds text (the fillable form takes a typed or drawn-as-text signature). */
  public boolean isSigned() {
    return signature.isPresent();
  }
}
