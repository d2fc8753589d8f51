package onramp.documents.i9;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Section 2, Employer Review and Verification.
 *
 * @param listA the List A documents entered (0–3; blank slots left out, each keeps its slot)
 * @param listB the List B document, if any field of it was entered
 * @param listC the List C document, if any field of it was entered
 */
public record Section2(
    List<DocumentEntry> listA,
    Optional<DocumentEntry> listB,
    Optional<DocumentEntry> listC,
    FieldValue additionalInformation,
    CheckBox alternativeProcedure,
    FieldValue firstDayOfEmployment,
    FieldValue representativeNameAndTitle,
    FieldValue representativeSignature,
    FieldValue signedOn,
    FieldValue businessName,
    FieldValue businessAddress) {

  public Section2 {
    listA = List.copyOf(listA);
  }

  /** Every document entered, List A first. */
  public List<DocumentEntry> documents() {
    List<DocumentEntry> all = new ArrayList<>(listA);
    listB.ifPresent(all::add);
    listC.ifPresent(all::add);
    return List.copyOf(all);
  }

  public Representative representative() {
    return Representative.parse(representativeNameAndTitle);
  }

  public boolean isSigned() {
    return representativeSignature.isPresent();
  }
}
