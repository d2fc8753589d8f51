package onramp.documents.i9;

/**
 * Every field of the official Form I-9 (edition 01/20/25) as the applicant and employer see it,
 * with the AcroForm field that holds it. The form's own defects show here: {@link #LIST_A_1_TITLE}
 * and {@link #REVERIFICATION_2_DOCUMENT_TITLE} are one AcroForm field with two widgets, {@link
 * #LIST_A_3_EXPIRY} is the field named "Document Number if any_3", and {@link
 * #PREPARER_2_FIRST_NAME} is only a second widget of the preparer's last-name field.
 */
public enum I9Field {
  LAST_NAME("Last Name (Family Name)", 1, Kind.TEXT, "Section 1 Last Name"),
  FIRST_NAME("First Name Given Name", 1, Kind.TEXT, "Section 1 First Name"),
  MIDDLE_INITIAL("Employee Middle Initial (if any)", 1, Kind.TEXT, "Section 1 Middle Initial"),
  OTHER_LAST_NAMES(
      "Employee Other Last Names Used (if any)", 1, Kind.TEXT, "Section 1 Other Last Names Used"),
  STREET("Address Street Number and Name", 1, Kind.TEXT, "Section 1 Address"),
  APT("Apt Number (if any)", 1, Kind.TEXT, "Section 1 Apt. Number"),
  CITY("City or Town", 1, Kind.TEXT, "Section 1 City or Town"),
  STATE("State", 1, Kind.CHOICE, "Section 1 State"),
  ZIP("ZIP Code", 1, Kind.TEXT, "Section 1 ZIP Code"),
  DATE_OF_BIRTH("Date of Birth mmddyyyy", 1, Kind.TEXT, "Section 1 Date of Birth"),
  SSN("US Social Security Number", 1, Kind.TEXT, "Section 1 U.S. Social Security Number"),
  EMAIL("Employees E-mail Address", 1, Kind.TEXT, "Section 1 Email Address"),
  PHONE("Telephone Number", 1, Kind.TEXT, "Section 1 Telephone Number"),
  BOX_US_CITIZEN("CB_1", 1, Kind.CHECKBOX, "Section 1 box 1 (citizen)"),
  BOX_NONCITIZEN_NATIONAL("CB_2", 1, Kind.CHECKBOX, "Section 1 box 2 (noncitizen national)"),
  BOX_LAWFUL_PERMANENT_RESIDENT(
      "CB_3", 1, Kind.CHECKBOX, "Section 1 box 3 (lawful permanent resident)"),
  BOX_AUTHORIZED_ALIEN("CB_4", 1, Kind.CHECKBOX, "Section 1 box 4 (alien authorized to work)"),
  LPR_USCIS_OR_A_NUMBER(
      "3 A lawful permanent resident Enter USCIS or ANumber",
      1,
      Kind.TEXT,
      "Section 1 box 3 USCIS or A-Number"),
  WORK_AUTHORIZATION_EXPIRY("Exp Date mmddyyyy", 1, Kind.TEXT, "Section 1 box 4 expiration date"),
  ALIEN_USCIS_OR_A_NUMBER("USCIS ANumber", 1, Kind.TEXT, "Section 1 box 4 USCIS A-Number"),
  I94_NUMBER(
      "Form I94 Admission Number", 1, Kind.TEXT, "Section 1 box 4 Form I-94 Admission Number"),
  FOREIGN_PASSPORT(
      "Foreign Passport Number and Country of IssuanceRow1",
      1,
      Kind.TEXT,
      "Section 1 box 4 Foreign Passport Number and Country"),
  EMPLOYEE_SIGNATURE("Signature of Employee", 1, Kind.TEXT, "Section 1 Signature of Employee"),
  EMPLOYEE_SIGNED_ON("Today's Date mmddyyy", 1, Kind.TEXT, "Section 1 Today's Date"),
  LIST_A_1_TITLE("Document Title 1", 1, Kind.TEXT, "Section 2 List A Document Title 1"),
  LIST_A_1_ISSUER("Issuing Authority 1", 1, Kind.TEXT, "Section 2 List A Issuing Authority 1"),
  LIST_A_1_NUMBER("Document Number 0 (if any)", 1, Kind.TEXT, "Section 2 List A Document Number 1"),
  LIST_A_1_EXPIRY("Expiration Date if any", 1, Kind.TEXT, "Section 2 List A Expiration Date 1"),
  LIST_A_2_TITLE("Document Title 2 If any", 1, Kind.TEXT, "Section 2 List A Document Title 2"),
  LIST_A_2_ISSUER("Issuing Authority_2", 1, Kind.TEXT, "Section 2 List A Issuing Authority 2"),
  LIST_A_2_NUMBER("Document Number If any_2", 1, Kind.TEXT, "Section 2 List A Document Number 2"),
  LIST_A_2_EXPIRY(
      "List A.  Document 2. Expiration Date (if any)",
      1,
      Kind.TEXT,
      "Section 2 List A Expiration Date 2"),
  LIST_A_3_TITLE(
      "List A.   Document Title 3.  If any", 1, Kind.TEXT, "Section 2 List A Document Title 3"),
  LIST_A_3_ISSUER(
      "List A. Document 3.  Enter Issuing Authority",
      1,
      Kind.TEXT,
      "Section 2 List A Issuing Authority 3"),
  LIST_A_3_NUMBER(
      "List A.  Document 3 Number.  If any", 1, Kind.TEXT, "Section 2 List A Document Number 3"),
  LIST_A_3_EXPIRY("Document Number if any_3", 1, Kind.TEXT, "Section 2 List A Expiration Date 3"),
  LIST_B_TITLE("List B Document 1 Title", 1, Kind.TEXT, "Section 2 List B Document Title"),
  LIST_B_ISSUER("List B Issuing Authority 1", 1, Kind.TEXT, "Section 2 List B Issuing Authority"),
  LIST_B_NUMBER("List B Document Number 1", 1, Kind.TEXT, "Section 2 List B Document Number"),
  LIST_B_EXPIRY("List B Expiration Date 1", 1, Kind.TEXT, "Section 2 List B Expiration Date"),
  LIST_C_TITLE("List C Document Title 1", 1, Kind.TEXT, "Section 2 List C Document Title"),
  LIST_C_ISSUER("List C Issuing Authority 1", 1, Kind.TEXT, "Section 2 List C Issuing Authority"),
  LIST_C_NUMBER("List C Document Number 1", 1, Kind.TEXT, "Section 2 List C Document Number"),
  LIST_C_EXPIRY("List C Expiration Date 1", 1, Kind.TEXT, "Section 2 List C Expiration Date"),
  ADDITIONAL_INFORMATION(
      "Additional Information", 1, Kind.TEXT, "Section 2 Additional Information"),
  ALTERNATIVE_PROCEDURE("CB_Alt", 1, Kind.CHECKBOX, "Section 2 alternative procedure box"),
  FIRST_DAY_OF_EMPLOYMENT(
      "FirstDayEmployed mmddyyyy", 1, Kind.TEXT, "Section 2 First Day of Employment"),
  EMPLOYER_NAME_AND_TITLE(
      "Last Name First Name and Title of Employer or Authorized Representative",
      1,
      Kind.TEXT,
      "Section 2 Name and Title of Employer or Authorized Representative"),
  EMPLOYER_SIGNATURE(
      "Signature of Employer or AR",
      1,
      Kind.TEXT,
      "Section 2 Signature of Employer or Authorized Representative"),
  EMPLOYER_SIGNED_ON("S2 Todays Date mmddyyyy", 1, Kind.TEXT, "Section 2 Today's Date"),
  BUSINESS_NAME(
      "Employers Business or Org Name",
      1,
      Kind.TEXT,
      "Section 2 Employer's Business or Organization Name"),
  BUSINESS_ADDRESS(
      "Employers Business or Org Address",
      1,
      Kind.TEXT,
      "Section 2 Employer's Business or Organization Address"),
  SUPA_LAST_NAME("Last Name Family Name from Section 1", 3, Kind.TEXT, "Supplement A Last Name"),
  SUPA_FIRST_NAME("First Name Given Name from Section 1", 3, Kind.TEXT, "Supplement A First Name"),
  SUPA_MIDDLE_INITIAL(
      "Middle initial if any from Section 1", 3, Kind.TEXT, "Supplement A Middle Initial"),
  PREPARER_1_SIGNATURE(
      "Signature of Preparer or Translator 0", 3, Kind.TEXT, "Supplement A preparer 1 Signature"),
  PREPARER_1_SIGNED_ON("Sig Date mmddyyyy 0", 3, Kind.TEXT, "Supplement A preparer 1 Date"),
  PREPARER_1_LAST_NAME(
      "Preparer or Translator Last Name (Family Name) 0",
      3,
      Kind.TEXT,
      "Supplement A preparer 1 Last Name"),
  PREPARER_1_FIRST_NAME(
      "Preparer or Translator First Name (Given Name) 0",
      3,
      Kind.TEXT,
      "Supplement A preparer 1 First Name"),
  PREPARER_1_MIDDLE_INITIAL(
      "PT Middle Initial 0", 3, Kind.TEXT, "Supplement A preparer 1 Middle Initial"),
  PREPARER_1_STREET(
      "Preparer or Translator Address (Street Number and Name) 0",
      3,
      Kind.TEXT,
      "Supplement A preparer 1 Address"),
  PREPARER_1_CITY(
      "Preparer or Translator City or Town 0",
      3,
      Kind.TEXT,
      "Supplement A preparer 1 City or Town"),
  PREPARER_1_STATE("Preparer State 0", 3, Kind.CHOICE, "Supplement A preparer 1 State"),
  PREPARER_1_ZIP("Zip Code 0", 3, Kind.TEXT, "Supplement A preparer 1 ZIP Code"),
  PREPARER_2_SIGNATURE(
      "Signature of Preparer or Translator 1", 3, Kind.TEXT, "Supplement A preparer 2 Signature"),
  PREPARER_2_SIGNED_ON("Sig Date mmddyyyy 1", 3, Kind.TEXT, "Supplement A preparer 2 Date"),
  PREPARER_2_LAST_NAME(
      "Preparer or Translator Last Name (Family Name) 1",
      3,
      Kind.TEXT,
      "Supplement A preparer 2 Last Name"),
  PREPARER_2_FIRST_NAME(
      "Preparer or Translator Last Name (Family Name) 1",
      3,
      Kind.TEXT,
      1,
      "Supplement A preparer 2 First Name"),
  PREPARER_2_MIDDLE_INITIAL(
      "PT Middle Initial 1", 3, Kind.TEXT, "Supplement A preparer 2 Middle Initial"),
  PREPARER_2_STREET(
      "Preparer or Translator Address (Street Number and Name) 1",
      3,
      Kind.TEXT,
      "Supplement A preparer 2 Address"),
  PREPARER_2_CITY(
      "Preparer or Translator City or Town 1",
      3,
      Kind.TEXT,
      "Supplement A preparer 2 City or Town"),
  PREPARER_2_STATE("Preparer State 1", 3, Kind.CHOICE, "Supplement A preparer 2 State"),
  PREPARER_2_ZIP("Zip Code 1", 3, Kind.TEXT, "Supplement A preparer 2 ZIP Code"),
  PREPARER_3_SIGNATURE(
      "Signature of Preparer or Translator 2", 3, Kind.TEXT, "Supplement A preparer 3 Signature"),
  PREPARER_3_SIGNED_ON("Sig Date mmddyyyy 2", 3, Kind.TEXT, "Supplement A preparer 3 Date"),
  PREPARER_3_LAST_NAME(
      "Preparer or Translator Last Name (Family Name) 2",
      3,
      Kind.TEXT,
      "Supplement A preparer 3 Last Name"),
  PREPARER_3_FIRST_NAME(
      "Preparer or Translator First Name (Given Name) 2",
      3,
      Kind.TEXT,
      "Supplement A preparer 3 First Name"),
  PREPARER_3_MIDDLE_INITIAL(
      "PT Middle Initial 2", 3, Kind.TEXT, "Supplement A preparer 3 Middle Initial"),
  PREPARER_3_STREET(
      "Preparer or Translator Address (Street Number and Name) 2",
      3,
      Kind.TEXT,
      "Supplement A preparer 3 Address"),
  PREPARER_3_CITY(
      "Preparer or Translator City or Town 2",
      3,
      Kind.TEXT,
      "Supplement A preparer 3 City or Town"),
  PREPARER_3_STATE("Preparer State 2", 3, Kind.CHOICE, "Supplement A preparer 3 State"),
  PREPARER_3_ZIP("Zip Code 2", 3, Kind.TEXT, "Supplement A preparer 3 ZIP Code"),
  PREPARER_4_SIGNATURE(
      "Signature of Preparer or Translator 3", 3, Kind.TEXT, "Supplement A preparer 4 Signature"),
  PREPARER_4_SIGNED_ON("Sig Date mmddyyyy 3", 3, Kind.TEXT, "Supplement A preparer 4 Date"),
  PREPARER_4_LAST_NAME(
      "Preparer or Translator Last Name (Family Name) 3",
      3,
      Kind.TEXT,
      "Supplement A preparer 4 Last Name"),
  PREPARER_4_FIRST_NAME(
      "Preparer or Translator First Name (Given Name) 3",
      3,
      Kind.TEXT,
      "Supplement A preparer 4 First Name"),
  PREPARER_4_MIDDLE_INITIAL(
      "PT Middle Initial 3", 3, Kind.TEXT, "Supplement A preparer 4 Middle Initial"),
  PREPARER_4_STREET(
      "Preparer or Translator Address (Street Number and Name) 3",
      3,
      Kind.TEXT,
      "Supplement A preparer 4 Address"),
  PREPARER_4_CITY(
      "Preparer or Translator City or Town 3",
      3,
      Kind.TEXT,
      "Supplement A preparer 4 City or Town"),
  PREPARER_4_STATE("Preparer State 3", 3, Kind.CHOICE, "Supplement A preparer 4 State"),
  PREPARER_4_ZIP("Zip Code 3", 3, Kind.TEXT, "Supplement A preparer 4 ZIP Code"),
  SUPB_LAST_NAME("Last Name Family Name from Section 1-2", 4, Kind.TEXT, "Supplement B Last Name"),
  SUPB_FIRST_NAME(
      "First Name Given Name from Section 1-2", 4, Kind.TEXT, "Supplement B First Name"),
  SUPB_MIDDLE_INITIAL(
      "Middle initial if any from Section 1-2", 4, Kind.TEXT, "Supplement B Middle Initial"),
  REVERIFICATION_1_REHIRE_DATE(
      "Date of Rehire 0", 4, Kind.TEXT, "Supplement B row 1 Date of Rehire"),
  REVERIFICATION_1_NEW_LAST_NAME("Last Name 0", 4, Kind.TEXT, "Supplement B row 1 New Last Name"),
  REVERIFICATION_1_NEW_FIRST_NAME(
      "First Name 0", 4, Kind.TEXT, "Supplement B row 1 New First Name"),
  REVERIFICATION_1_NEW_MIDDLE_INITIAL(
      "Middle Initial 0", 4, Kind.TEXT, "Supplement B row 1 New Middle Initial"),
  REVERIFICATION_1_DOCUMENT_TITLE(
      "Document Title 0", 4, Kind.TEXT, "Supplement B row 1 Document Title"),
  REVERIFICATION_1_DOCUMENT_NUMBER(
      "Document Number 0", 4, Kind.TEXT, "Supplement B row 1 Document Number"),
  REVERIFICATION_1_EXPIRY("Expiration Date 0", 4, Kind.TEXT, "Supplement B row 1 Expiration Date"),
  REVERIFICATION_1_EMPLOYER_NAME(
      "Name of Emp or Auth Rep 0",
      4,
      Kind.TEXT,
      "Supplement B row 1 Name of Employer or Authorized Representative"),
  REVERIFICATION_1_EMPLOYER_SIGNATURE(
      "Signature of Emp Rep 0",
      4,
      Kind.TEXT,
      "Supplement B row 1 Signature of Employer or Authorized Representative"),
  REVERIFICATION_1_SIGNED_ON("Todays Date 0", 4, Kind.TEXT, "Supplement B row 1 Today's Date"),
  REVERIFICATION_1_ADDITIONAL_INFORMATION(
      "Addtl Info 0", 4, Kind.TEXT, "Supplement B row 1 Additional Information"),
  REVERIFICATION_1_ALTERNATIVE_PROCEDURE(
      "CB_Alt_0", 4, Kind.CHECKBOX, "Supplement B row 1 alternative procedure box"),
  REVERIFICATION_2_REHIRE_DATE(
      "Date of Rehire 1", 4, Kind.TEXT, "Supplement B row 2 Date of Rehire"),
  REVERIFICATION_2_NEW_LAST_NAME("Last Name 1", 4, Kind.TEXT, "Supplement B row 2 New Last Name"),
  REVERIFICATION_2_NEW_FIRST_NAME(
      "First Name 1", 4, Kind.TEXT, "Supplement B row 2 New First Name"),
  REVERIFICATION_2_NEW_MIDDLE_INITIAL(
      "Middle Initial 1", 4, Kind.TEXT, "Supplement B row 2 New Middle Initial"),
  REVERIFICATION_2_DOCUMENT_TITLE(
      "Document Title 1", 4, Kind.TEXT, "Supplement B row 2 Document Title"),
  REVERIFICATION_2_DOCUMENT_NUMBER(
      "Document Number 1", 4, Kind.TEXT, "Supplement B row 2 Document Number"),
  REVERIFICATION_2_EXPIRY("Expiration Date 1", 4, Kind.TEXT, "Supplement B row 2 Expiration Date"),
  REVERIFICATION_2_EMPLOYER_NAME(
      "Name of Emp or Auth Rep 1",
      4,
      Kind.TEXT,
      "Supplement B row 2 Name of Employer or Authorized Representative"),
  REVERIFICATION_2_EMPLOYER_SIGNATURE(
      "Signature of Emp Rep 1",
      4,
      Kind.TEXT,
      "Supplement B row 2 Signature of Employer or Authorized Representative"),
  REVERIFICATION_2_SIGNED_ON("Todays Date 1", 4, Kind.TEXT, "Supplement B row 2 Today's Date"),
  REVERIFICATION_2_ADDITIONAL_INFORMATION(
      "Addtl Info 1", 4, Kind.TEXT, "Supplement B row 2 Additional Information"),
  REVERIFICATION_2_ALTERNATIVE_PROCEDURE(
      "CB_Alt_1", 4, Kind.CHECKBOX, "Supplement B row 2 alternative procedure box"),
  REVERIFICATION_3_REHIRE_DATE(
      "Date of Rehire 2", 4, Kind.TEXT, "Supplement B row 3 Date of Rehire"),
  REVERIFICATION_3_NEW_LAST_NAME("Last Name 2", 4, Kind.TEXT, "Supplement B row 3 New Last Name"),
  REVERIFICATION_3_NEW_FIRST_NAME(
      "First Name 2", 4, Kind.TEXT, "Supplement B row 3 New First Name"),
  REVERIFICATION_3_NEW_MIDDLE_INITIAL(
      "Middle Initial 2", 4, Kind.TEXT, "Supplement B row 3 New Middle Initial"),
  REVERIFICATION_3_DOCUMENT_TITLE(
      "Document Title 2", 4, Kind.TEXT, "Supplement B row 3 Document Title"),
  REVERIFICATION_3_DOCUMENT_NUMBER(
      "Document Number 2", 4, Kind.TEXT, "Supplement B row 3 Document Number"),
  REVERIFICATION_3_EXPIRY("Expiration Date 2", 4, Kind.TEXT, "Supplement B row 3 Expiration Date"),
  REVERIFICATION_3_EMPLOYER_NAME(
      "Name of Emp or Auth Rep 2",
      4,
      Kind.TEXT,
      "Supplement B row 3 Name of Employer or Authorized Representative"),
  REVERIFICATION_3_EMPLOYER_SIGNATURE(
      "Signature of Emp Rep 2",
      4,
      Kind.TEXT,
      "Supplement B row 3 Signature of Employer or Authorized Representative"),
  REVERIFICATION_3_SIGNED_ON("Todays Date 2", 4, Kind.TEXT, "Supplement B row 3 Today's Date"),
  REVERIFICATION_3_ADDITIONAL_INFORMATION(
      "Addtl Info 2", 4, Kind.TEXT, "Supplement B row 3 Additional Information"),
  REVERIFICATION_3_ALTERNATIVE_PROCEDURE(
      "CB_Alt_2", 4, Kind.CHECKBOX, "Supplement B row 3 alternative procedure box");

  /** What kind of AcroForm field holds the value. */
  public enum Kind {
    TEXT,
    CHECKBOX,
    CHOICE
  }

  private final String acroName;
  private final int page;
  private final Kind kind;
  private final int widget;
  private final String label;

  I9Field(String acroName, int page, Kind kind, String label) {
    this(acroName, page, kind, 0, label);
  }

  I9Field(String acroName, int page, Kind kind, int widget, String label) {
    this.acroName = acroName;
    this.page = page;
    this.kind = kind;
    this.widget = widget;
    this.label = label;
  }

  /** The fully qualified AcroForm field name in the official PDF. */
  public String acroName() {
    return acroName;
  }

  /** The page (1-based) where the value is printed. */
  public int page() {
    return page;
  }

  public Kind kind() {
    return kind;
  }

  /** Which of the field's widgets on {@link #page()}, counted left to right (0 = leftmost). */
  public int widget() {
    return widget;
  }

  /** The field as the printed form names it, e.g. "Section 1 Date of Birth". */
  public String label() {
    return label;
  }

  /**
   * True if another {@code I9Field} is stored in the same AcroForm field (a defect of the form).
   */
  public boolean sharesAcroField() {
    for (I9Field other : values()) {
      if (other != this && other.acroName.equals(acroName)) {
        return true;
      }
    }
    return false;
  }
}
