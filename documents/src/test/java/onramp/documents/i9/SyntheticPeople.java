package onramp.documents.i9;

import static onramp.documents.i9.I9Field.*;

import java.util.List;

/** Made-up people for filling the form. None is real; the SSNs are in the never-issued 9xx area or invalid on purpose. */
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

  static List<I9Content> all() {
    return List.of(citizenWithLicence(), permanentResidentWithListA(), authorizedAlien());
  }
}
