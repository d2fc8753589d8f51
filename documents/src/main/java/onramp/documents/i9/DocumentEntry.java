package onramp.documents.i9;

/**
 * One document the employer entered in Section 2 .
 *
 * @param slot 1..3 for List A, 1 for List B and C
 */
public record DocumentEntry(
    DocumentList list,
    int slot,
    FieldValue title,
    FieldValue issuingAuthority,
    FieldValue number,
    FieldValue expirationDate) {

  /** Nothing at all was entered for this document. */
  public boolean isBlank() {
    return title.isBlank()
        && issuingAuthority.isBlank()
        && number.isBlank()
        && expirationDate.isBlank();
  }
}
