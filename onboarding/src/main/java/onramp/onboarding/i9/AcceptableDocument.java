package onramp.onboarding.i9;

import java.util.Set;

/**
 * The documents on the Form I-9 Lists of Acceptable Documents (edition 01/20/25, page 3 of the
 * form; M-274 §13). {@link #lists()} says where each may stand; tribal documents are on B and C.
 */
public enum AcceptableDocument {
  US_PASSPORT(Set.of(DocumentList.A), "U.S. Passport"),
  US_PASSPORT_CARD(Set.of(DocumentList.A), "U.S. Passport Card"),
  PERMANENT_RESIDENT_CARD(Set.of(DocumentList.A), "Permanent Resident Card (Form I-551)"),
  FOREIGN_PASSPORT_I551_STAMP(
      Set.of(DocumentList.A), "Foreign passport with temporary I-551 stamp"),
  EMPLOYMENT_AUTHORIZATION_CARD(
      Set.of(DocumentList.A), "Employment Authorization Document (Form I-766)"),
  FOREIGN_PASSPORT(Set.of(DocumentList.A), "Foreign passport (with Form I-94)"),
  FORM_I94(Set.of(DocumentList.A), "Form I-94/I-94A"),
  FSM_RMI_PASSPORT(Set.of(DocumentList.A), "FSM or RMI passport (with Form I-94)"),
  DRIVER_LICENSE(Set.of(DocumentList.B), "Driver's license"),
  STATE_ID_CARD(Set.of(DocumentList.B), "ID card issued by a state or government agency"),
  SCHOOL_ID(Set.of(DocumentList.B), "School ID card with a photograph"),
  VOTER_REGISTRATION_CARD(Set.of(DocumentList.B), "Voter's registration card"),
  MILITARY_CARD(Set.of(DocumentList.B), "U.S. Military card or draft record"),
  MILITARY_DEPENDENT_ID(Set.of(DocumentList.B), "Military dependent's ID card"),
  MERCHANT_MARINER_CARD(Set.of(DocumentList.B), "U.S. Coast Guard Merchant Mariner Card"),
  CANADIAN_DRIVER_LICENSE(
      Set.of(DocumentList.B), "Driver's license issued by a Canadian government authority"),
  NATIVE_AMERICAN_TRIBAL_DOCUMENT(
      Set.of(DocumentList.B, DocumentList.C), "Native American tribal document"),
  SOCIAL_SECURITY_CARD(Set.of(DocumentList.C), "Social Security card (unrestricted)"),
  BIRTH_CERTIFICATE(Set.of(DocumentList.C), "Birth certificate"),
  CERTIFICATION_OF_BIRTH_ABROAD(
      Set.of(DocumentList.C), "Certification of report of birth (DS-1350, FS-545, FS-240)"),
  US_CITIZEN_ID_CARD(Set.of(DocumentList.C), "U.S. Citizen ID Card (Form I-197)"),
  RESIDENT_CITIZEN_ID_CARD(
      Set.of(DocumentList.C), "Identification Card for Use of Resident Citizen (Form I-179)"),
  DHS_EMPLOYMENT_AUTHORIZATION(
      Set.of(DocumentList.C), "Employment authorization document issued by DHS");

  private final Set<DocumentList> lists;
  private final String title;

  AcceptableDocument(Set<DocumentList> lists, String title) {
    this.lists = lists;
    this.title = title;
  }

  public Set<DocumentList> lists() {
    return lists;
  }

  public String title() {
    return title;
  }

  /** The three lists of the form. */
  public enum DocumentList {
    A,
    B,
    C
  }
}
