package onramp.documents.i9;

/** The Lists of Acceptable Documents on page 2 of the form. */
public enum DocumentList {
  /** Identity and employment authorisation. */
  A,
  /** Identity. */
  B,
  /** Employment authorisation. */
  C
}
