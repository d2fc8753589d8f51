package onramp.documents.i9;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The citizenship or immigration-status attestation of Section 1: the four boxes exactly as checked
 * (so a rule can see two boxes or none) and the numbers each box asks for.
 *
 * @param lprUscisOrANumber box 3: USCIS or A-Number of a lawful permanent resident
 * @param workAuthorizationExpiry box 4: "exp. date, if any" (a date or N/A)
 * @param uscisOrANumber box 4: USCIS/A-Number
 * @param i94Number box 4: Form I-94 admission number
 * @param foreignPassport box 4: foreign passport number and country of issuance, one field
 */
public record Attestation(
    CheckBox usCitizen,
    CheckBox noncitizenNational,
    CheckBox lawfulPermanentResident,
    CheckBox authorizedAlien,
    FieldValue lprUscisOrANumber,
    FieldValue workAuthorizationExpiry,
    FieldValue uscisOrANumber,
    FieldValue i94Number,
    FieldValue foreignPassport) {

  /** Every box that is checked, in the form's order. */
  public List<Citizenship> checked() {
    List<Citizenship> out = new ArrayList<>();
    if (usCitizen.checked()) {
      out.add(Citizenship.US_CITIZEN);
    }
    if (noncitizenNational.checked()) {
      out.add(Citizenship.NONCITIZEN_NATIONAL);
    }
    if (lawfulPermanentResident.checked()) {
      out.add(Citizenship.LAWFUL_PERMANENT_RESIDENT);
    }
    if (authorizedAlien.checked()) {
      out.add(Citizenship.AUTHORIZED_ALIEN);
    }
    return List.copyOf(out);
  }

  /** The attested status when exactly one box is checked; empty for none or several. */
  public Optional<Citizenship> citizenship() {
    List<Citizenship> checked = checked();
    return checked.size() == 1 ? Optional.of(checked.get(0)) : Optional.empty();
  }

  public List<CheckBox> boxes() {
    return List.of(usCitizen, noncitizenNational, lawfulPermanentResident, authorizedAlien);
  }

  /** The passport number: the first token of the combined field ("X1234567, Mexico" → X1234567). */
  public Optional<String> foreignPassportNumber() {
    return split(0);
  }

  /** The country of issuance: what follows the passport number, if anything. */
  public Optional<String> foreignPassportCountry() {
    return split(1);
  }

  private Optional<String> split(int part) {
    if (!foreignPassport.isPresent()) {
      return Optional.empty();
    }
    String[] parts = foreignPassport.text().split("\\s*[,/;]\\s*|\\s+", 2);
    return part < parts.length && !parts[part].isBlank()
        ? Optional.of(parts[part].strip())
        : Optional.empty();
  }
}
