package onramp.documents.front;

/** A field printed on the front of a US driver's licence. */
public enum FrontField {
  LICENSE_NUMBER,
  LAST_NAME,
  FIRST_NAME,
  MIDDLE_NAME,
  DATE_OF_BIRTH,
  ISSUE_DATE,
  EXPIRATION_DATE,
  SEX,
  HEIGHT,
  EYE_COLOR,
  ADDRESS_STREET,
  ADDRESS_CITY_STATE_ZIP,
  LICENSE_CLASS,
  ENDORSEMENTS,
  RESTRICTIONS
}
