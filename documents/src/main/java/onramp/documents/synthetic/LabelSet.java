package onramp.documents.synthetic;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import onramp.documents.front.FrontField;

/**
 * How a card labels its fields: with AAMVA field numbers ("4d DLN", "1", "2", "3 DOB") as the card
 * design standard asks, or with the short words many states printed before it ("DL", "EXP").
 */
public enum LabelSet {
  /** AAMVA numbers, names prefixed by the bare numbers "1" and "2". */
  AAMVA_NUMBERED("1", "2", "4d DLN", "8"),
  /** AAMVA numbers, names prefixed by "1 LN" and "2 FN". */
  AAMVA_NAMED("1 LN", "2 FN", "4d DLN", "8"),
  /** State words: DL, EXP, DOB, CLASS, END, REST. */
  STATE_SHORT("LN", "FN", "DL", "ADDRESS"),
  /** Longer state words: LIC#, EXPIRES, ISSUED, RESTR. */
  STATE_LONG("LN", "FN", "LIC#", "ADDRESS");

  private final Map<FrontField, String> labels = new EnumMap<>(FrontField.class);

  LabelSet(String last, String first, String number, String address) {
    boolean aamva = name().startsWith("AAMVA");
    boolean longWords = name().equals("STATE_LONG");
    labels.put(FrontField.LAST_NAME, last);
    labels.put(FrontField.FIRST_NAME, first);
    labels.put(FrontField.LICENSE_NUMBER, number);
    labels.put(FrontField.ADDRESS_STREET, address);
    labels.put(FrontField.DATE_OF_BIRTH, aamva ? "3 DOB" : "DOB");
    labels.put(FrontField.ISSUE_DATE, aamva ? "4a ISS" : longWords ? "ISSUED" : "ISS");
    labels.put(FrontField.EXPIRATION_DATE, aamva ? "4b EXP" : longWords ? "EXPIRES" : "EXP");
    labels.put(FrontField.LICENSE_CLASS, aamva ? "9 CLASS" : "CLASS");
    labels.put(FrontField.ENDORSEMENTS, aamva ? "9a END" : "END");
    labels.put(FrontField.RESTRICTIONS, aamva ? "12 RESTR" : longWords ? "RESTR" : "REST");
    labels.put(FrontField.SEX, aamva ? "15 SEX" : "SEX");
    labels.put(FrontField.HEIGHT, aamva ? "16 HGT" : "HGT");
    labels.put(FrontField.EYE_COLOR, aamva ? "18 EYES" : "EYES");
  }

  /** The printed label, empty for fields printed without one (middle name, city line). */
  public Optional<String> label(FrontField field) {
    return Optional.ofNullable(labels.get(field));
  }

  boolean aamva() {
    return this == AAMVA_NUMBERED || this == AAMVA_NAMED;
  }
}
