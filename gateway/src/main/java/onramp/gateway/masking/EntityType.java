package onramp.gateway.masking;

/**
 * Kinds of personal data the masker finds. The placeholder prefix is the enum name: {@code
 * [SSN_1]}.
 */
public enum EntityType {
  SSN,
  ITIN,
  DRIVER_LICENSE,
  PASSPORT,
  A_NUMBER,
  CREDIT_CARD,
  BANK_ACCOUNT,
  IBAN,
  EMAIL,
  PHONE,
  ADDRESS,
  DATE_OF_BIRTH,
  PERSON,
  IP_ADDRESS,
  URL
}
