package onramp.documents.i9;

import static onramp.documents.i9.I9Field.*;

import java.util.List;
import onramp.documents.synthetic.I9Content;

/**
 * Made-up people for filling the form. None is real; the SSNs are in the never-issued 9xx area or
 * invalid on purpose.
 */
final class SyntheticPeople {
  private SyntheticPeople() {}

  /** A US citizen with a List B driver's licence and a List C Social Security card. */
  static I9Content citizenWithLicence() {
    return I9Content.empty()
        .with(LAST_NAME, "Rivera")
        .with(FIRST_NAME, "Maria")
        .with(MIDDLE_INITIAL, "J")
        .with(OTHER_LAST_NAMES, "N/A")
        .with(STREET, "1420 Oak Street")
        .with(APT, "4B")
        .with(CITY, "Sacramento")
        .with(STATE, "CA")
        .with(ZIP, "95814")
        .with(DATE_OF_BIRTH, "03/14/1990")
        .with(SSN, "912-45-6789")
        .with(EMAIL, "maria.rivera@example.com")
        .with(PHONE, "916-555-0142")
        .checked(BOX_US_CITIZEN)
        .with(EMPLOYEE_SIGNATURE, "Maria J Rivera")
        .with(EMPLOYEE_SIGNED_ON, "01/05/2026")
        .with(LIST_B_TITLE, "Driver's License")
        .with(LIST_B_ISSUER, "CA DMV")
        .with(LIST_B_NUMBER, "D1234567")
        .with(LIST_B_EXPIRY, "03/14/2030")
        .with(LIST_C_TITLE, "Social Security Card")
        .with(LIST_C_ISSUER, "SSA")
        .with(LIST_C_NUMBER, "912456789")
        .with(LIST_C_EXPIRY, "N/A")
        .with(FIRST_DAY_OF_EMPLOYMENT, "01/06/2026")
        .with(EMPLOYER_NAME_AND_TITLE, "Chen, David, HR Manager")
        .with(EMPLOYER_SIGNATURE, "David Chen")
        .with(EMPLOYER_SIGNED_ON, "01/07/2026")
        .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc")
        .with(BUSINESS_ADDRESS, "500 Market Street, San Francisco, CA 94105");
  }

  /** A lawful permanent resident with one List A document (a Permanent Resident Card). */
  static I9Content permanentResidentWithListA() {
    return I9Content.empty()
        .with(LAST_NAME, "Okafor")
        .with(FIRST_NAME, "Chinedu")
        .with(STREET, "88 Lake Shore Drive")
        .with(CITY, "Chicago")
        .with(STATE, "IL")
        .with(ZIP, "60611")
        .with(DATE_OF_BIRTH, "11/02/1985")
        .with(SSN, "987-65-4321")
        .with(EMAIL, "c.okafor@example.org")
        .with(PHONE, "312-555-0199")
        .checked(BOX_LAWFUL_PERMANENT_RESIDENT)
        .with(LPR_USCIS_OR_A_NUMBER, "A123456789")
        .with(EMPLOYEE_SIGNATURE, "Chinedu Okafor")
        .with(EMPLOYEE_SIGNED_ON, "02/02/2026")
        .with(LIST_A_1_TITLE, "Permanent Resident Card")
        .with(LIST_A_1_ISSUER, "USCIS")
        .with(LIST_A_1_NUMBER, "EAC1234567890")
        .with(LIST_A_1_EXPIRY, "08/31/2031")
        .with(FIRST_DAY_OF_EMPLOYMENT, "02/03/2026")
        .with(EMPLOYER_NAME_AND_TITLE, "Novak, Anna, Onboarding Lead")
        .with(EMPLOYER_SIGNATURE, "Anna Novak")
        .with(EMPLOYER_SIGNED_ON, "02/04/2026")
        .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc")
        .with(BUSINESS_ADDRESS, "500 Market Street, San Francisco, CA 94105");
  }

  /** An alien authorised to work, with a foreign passport and I-94 in List A. */
  static I9Content authorizedAlien() {
    return I9Content.empty()
        .with(LAST_NAME, "Nguyen")
        .with(FIRST_NAME, "Thanh")
        .with(MIDDLE_INITIAL, "V")
        .with(STREET, "2301 Elm Avenue")
        .with(CITY, "Houston")
        .with(STATE, "TX")
        .with(ZIP, "77002")
        .with(DATE_OF_BIRTH, "07/21/1994")
        .with(EMAIL, "thanh.nguyen@example.net")
        .with(PHONE, "713-555-0123")
        .checked(BOX_AUTHORIZED_ALIEN)
        .with(WORK_AUTHORIZATION_EXPIRY, "09/30/2027")
        .with(I94_NUMBER, "12345678901")
        .with(FOREIGN_PASSPORT, "C1234567, Vietnam")
        .with(EMPLOYEE_SIGNATURE, "Thanh V Nguyen")
        .with(EMPLOYEE_SIGNED_ON, "03/09/2026")
        .with(LIST_A_1_TITLE, "Foreign Passport")
        .with(LIST_A_1_ISSUER, "Vietnam")
        .with(LIST_A_1_NUMBER, "C1234567")
        .with(LIST_A_1_EXPIRY, "05/15/2030")
        .with(LIST_A_2_TITLE, "Form I-94")
        .with(LIST_A_2_ISSUER, "CBP")
        .with(LIST_A_2_NUMBER, "12345678901")
        .with(LIST_A_2_EXPIRY, "09/30/2027")
        .with(FIRST_DAY_OF_EMPLOYMENT, "03/10/2026")
        .with(EMPLOYER_NAME_AND_TITLE, "Garcia, Luis, Recruiter")
        .with(EMPLOYER_SIGNATURE, "Luis Garcia")
        .with(EMPLOYER_SIGNED_ON, "03/11/2026")
        .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc")
        .with(BUSINESS_ADDRESS, "500 Market Street, San Francisco, CA 94105");
  }

  /** A US citizen with a US passport (List A) and a hyphenated surname. */
  static I9Content citizenWithPassport() {
    return I9Content.empty()
        .with(LAST_NAME, "Lindqvist-Moreau")
        .with(FIRST_NAME, "Elena")
        .with(MIDDLE_INITIAL, "K")
        .with(OTHER_LAST_NAMES, "Lindqvist")
        .with(STREET, "77 Harbor View Road")
        .with(APT, "12")
        .with(CITY, "Portland")
        .with(STATE, "OR")
        .with(ZIP, "97205")
        .with(DATE_OF_BIRTH, "12/01/1979")
        .with(SSN, "931-20-5518")
        .with(EMAIL, "elena.lm@example.com")
        .with(PHONE, "503-555-0177")
        .checked(BOX_US_CITIZEN)
        .with(EMPLOYEE_SIGNATURE, "Elena K Lindqvist-Moreau")
        .with(EMPLOYEE_SIGNED_ON, "04/14/2026")
        .with(LIST_A_1_TITLE, "U.S. Passport")
        .with(LIST_A_1_ISSUER, "U.S. Department of State")
        .with(LIST_A_1_NUMBER, "A87654321")
        .with(LIST_A_1_EXPIRY, "06/30/2032")
        .with(FIRST_DAY_OF_EMPLOYMENT, "04/15/2026")
        .with(EMPLOYER_NAME_AND_TITLE, "Novak, Anna, Onboarding Lead")
        .with(EMPLOYER_SIGNATURE, "Anna Novak")
        .with(EMPLOYER_SIGNED_ON, "04/16/2026")
        .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc")
        .with(BUSINESS_ADDRESS, "500 Market Street, San Francisco, CA 94105");
  }

  /** A noncitizen national with a state ID card (List B) and a birth certificate (List C). */
  static I9Content noncitizenNational() {
    return I9Content.empty()
        .with(LAST_NAME, "Faleolo")
        .with(FIRST_NAME, "Sione")
        .with(OTHER_LAST_NAMES, "N/A")
        .with(STREET, "3190 Kapiolani Boulevard")
        .with(CITY, "Honolulu")
        .with(STATE, "HI")
        .with(ZIP, "96815")
        .with(DATE_OF_BIRTH, "05/27/1998")
        .with(SSN, "955-31-0042")
        .with(EMAIL, "sione.faleolo@example.org")
        .with(PHONE, "808-555-0110")
        .checked(BOX_NONCITIZEN_NATIONAL)
        .with(EMPLOYEE_SIGNATURE, "Sione Faleolo")
        .with(EMPLOYEE_SIGNED_ON, "05/04/2026")
        .with(LIST_B_TITLE, "Driver's License")
        .with(LIST_B_ISSUER, "HI DOT")
        .with(LIST_B_NUMBER, "H00412988")
        .with(LIST_B_EXPIRY, "05/27/2031")
        .with(LIST_C_TITLE, "Birth Certificate")
        .with(LIST_C_ISSUER, "American Samoa")
        .with(LIST_C_NUMBER, "AS-1998-4471")
        .with(LIST_C_EXPIRY, "N/A")
        .with(FIRST_DAY_OF_EMPLOYMENT, "05/05/2026")
        .with(EMPLOYER_NAME_AND_TITLE, "Chen, David, HR Manager")
        .with(EMPLOYER_SIGNATURE, "David Chen")
        .with(EMPLOYER_SIGNED_ON, "05/06/2026")
        .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc")
        .with(BUSINESS_ADDRESS, "500 Market Street, San Francisco, CA 94105");
  }

  /** A US citizen with a two-part surname, a driver's licence and a Social Security card. */
  static I9Content citizenWithTwoSurnames() {
    return I9Content.empty()
        .with(LAST_NAME, "Garcia Marquez")
        .with(FIRST_NAME, "Jose")
        .with(MIDDLE_INITIAL, "A")
        .with(OTHER_LAST_NAMES, "N/A")
        .with(STREET, "915 Cedar Lane")
        .with(APT, "201")
        .with(CITY, "Denver")
        .with(STATE, "CO")
        .with(ZIP, "80203")
        .with(DATE_OF_BIRTH, "08/09/1988")
        .with(SSN, "904-77-1263")
        .with(EMAIL, "jose.gm@example.net")
        .with(PHONE, "720-555-0163")
        .checked(BOX_US_CITIZEN)
        .with(EMPLOYEE_SIGNATURE, "Jose A Garcia Marquez")
        .with(EMPLOYEE_SIGNED_ON, "06/01/2026")
        .with(LIST_B_TITLE, "Driver's License")
        .with(LIST_B_ISSUER, "CO DMV")
        .with(LIST_B_NUMBER, "081234567")
        .with(LIST_B_EXPIRY, "08/09/2029")
        .with(LIST_C_TITLE, "Social Security Card")
        .with(LIST_C_ISSUER, "SSA")
        .with(LIST_C_NUMBER, "904771263")
        .with(LIST_C_EXPIRY, "N/A")
        .with(FIRST_DAY_OF_EMPLOYMENT, "06/02/2026")
        .with(EMPLOYER_NAME_AND_TITLE, "Garcia, Luis, Recruiter")
        .with(EMPLOYER_SIGNATURE, "Luis Garcia")
        .with(EMPLOYER_SIGNED_ON, "06/03/2026")
        .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc")
        .with(BUSINESS_ADDRESS, "500 Market Street, San Francisco, CA 94105");
  }

  static List<I9Content> all() {
    return List.of(citizenWithLicence(), permanentResidentWithListA(), authorizedAlien());
  }

  /** Six people: {@link #all()} and three more, for timings and photographed pages. */
  static List<I9Content> six() {
    return List.of(
        citizenWithLicence(),
        permanentResidentWithListA(),
        authorizedAlien(),
        citizenWithPassport(),
        noncitizenNational(),
        citizenWithTwoSurnames());
  }
}
