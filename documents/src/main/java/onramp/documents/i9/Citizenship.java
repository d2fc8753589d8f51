package onramp.documents.i9;

/** The four attestation boxes of Section 1, in the form's order. */
public enum Citizenship {
  US_CITIZEN,
  NONCITIZEN_NATIONAL,
  LAWFUL_PERMANENT_RESIDENT,
  AUTHORIZED_ALIEN
}
