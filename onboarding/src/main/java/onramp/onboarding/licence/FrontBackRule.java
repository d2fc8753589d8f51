package onramp.onboarding.licence;

import static onramp.onboarding.decision.ReasonCode.DL_FRONT_BACK_MISMATCH;
import static onramp.onboarding.decision.ReasonCode.DL_FRONT_UNREADABLE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import onramp.documents.Confidence;
import onramp.documents.Evidence;
import onramp.documents.aamva.IinTable;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.casefile.Rule;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.licence.FrontComparison.Agreement;

/**
 * The printed front agrees with the barcode. A confident front value that differs is a mismatch (a
 * tampered barcode or a swapped card); an unsure one that differs is not evidence either way; too
 * few confirmed fields means nobody has compared the two sides, so a person must.
 */
public final class FrontBackRule implements Rule {
  /** Below this an OCR value does not contradict the barcode. */
  static final double CONFIDENT = Confidence.CONFIDENT;

  /**
   * A long value (a date, a licence number, a surname) that agrees with the barcode character for
   * character confirms it even when OCR was unsure: misreading into exact agreement does not happen
   * by chance. Short values (sex, class, height) need {@link #CONFIDENT}.
   */
  static final double AGREEING = 0.30;

  static final Set<FrontSide.Field> LONG_VALUES =
      Set.of(
          FrontSide.Field.LICENSE_NUMBER,
          FrontSide.Field.LAST_NAME,
          FrontSide.Field.DATE_OF_BIRTH,
          FrontSide.Field.ISSUE_DATE,
          FrontSide.Field.EXPIRATION_DATE);

  /**
   * For an automatic decision the front must confirm the fields the decision turns on — the date of
   * birth (age) and the expiry (validity) — so a barcode edited to pass shows; and one of these,
   * binding the card to its holder, so a barcode swapped from another card shows.
   */
  static final List<FrontSide.Field> DECISIVE =
      List.of(FrontSide.Field.DATE_OF_BIRTH, FrontSide.Field.EXPIRATION_DATE);

  static final List<FrontSide.Field> CORROBORATING =
      List.of(
          FrontSide.Field.LICENSE_NUMBER, FrontSide.Field.LAST_NAME, FrontSide.Field.FIRST_NAME);

  static final int CORROBORATING_NEEDED = 1;

  @Override
  public List<Reason> check(CaseFile f) {
    if (f.licence().isEmpty()) {
      return List.of();
    }
    Comparison c = compare(f.licence().get(), f.front());
    List<Reason> reasons = new ArrayList<>(c.reasons());
    if (reasons.isEmpty() && !c.enough()) {
      reasons.add(
          Reason.of(
              DL_FRONT_UNREADABLE,
              "front",
              "The licence front could not be read well enough to confirm it against the barcode (confirmed: "
                  + (c.confirmed().isEmpty()
                      ? "nothing"
                      : String.join(
                          ", ", c.confirmed().stream().map(FrontBackRule::fieldName).toList()))
                  + "); a reviewer compares the two sides."));
    }
    return reasons;
  }

  /**
   * The front against the barcode: each labelled value that agrees confirms its field, a confident
   * one that differs is a mismatch; a decisive or corroborating field still unconfirmed is
   * confirmed when the barcode value is printed word for word in the text the reader did not tie to
   * a label. A differing labelled value while the barcode's value stands in the text is the reader
   * tying the wrong line to the label (a street "CEDAR LN" taken for the name under "LN"): neither.
   *
   * <p>A reading of a deciding field ({@link #DECIDING}) that disagrees with the barcode never
   * vanishes, whatever its confidence: a forged front read at 0.59, or a date of birth read at 0.79
   * that makes the driver 20 where the barcode says 27, is a conflict that blocks an automatic
   * approval and reaches the reviewer with both values, unless a second look resolves it (the
   * barcode's value printed elsewhere on the card, or the model reading the field again). A reading
   * that is no plausible value of its field (a date no card carries, a name with digits, a number
   * of another length) is unreadable, not a conflict: a forger's value is plausible by
   * construction.
   */
  static Comparison compare(DriverLicence dl, FrontSide front) {
    Map<FrontSide.Field, String> barcode = barcodeValues(dl);
    List<Reason> mismatches = new ArrayList<>();
    List<Reason> conflicts = new ArrayList<>();
    Set<FrontSide.Field> confirmed = EnumSet.noneOf(FrontSide.Field.class);
    Set<FrontSide.Field> contradicted = EnumSet.noneOf(FrontSide.Field.class);
    for (var entry : barcode.entrySet()) {
      FrontSide.Field field = entry.getKey();
      Optional<Evidence<String>> value = front.get(field);
      if (value.isEmpty()) {
        continue;
      }
      double confidence = value.get().confidence();
      String read = value.get().value();
      Agreement agreement = FrontComparison.compare(field, read, entry.getValue());
      if (agreement == Agreement.SAME
          && (confidence >= CONFIDENT || (confidence >= AGREEING && LONG_VALUES.contains(field)))) {
        confirmed.add(field);
      } else if (agreement == Agreement.DIFFERENT && confidence >= CONFIDENT) {
        contradicted.add(field);
        if (SEARCHED.contains(field) && printed(dl, field, front.text())) {
          continue; // disputed: neither confirmed nor a mismatch
        }
        mismatches.add(
            Reason.of(
                DL_FRONT_BACK_MISMATCH,
                fieldName(field),
                "The front shows "
                    + fieldName(field)
                    + " \""
                    + read
                    + "\" but the barcode holds \""
                    + entry.getValue()
                    + "\"."));
      } else if (DECIDING.contains(field)
          && agreement != Agreement.SAME
          && FrontComparison.disagrees(field, read, entry.getValue())) {
        contradicted.add(field);
        if (printed(dl, field, front.text())) {
          continue; // the barcode's value stands elsewhere on the card: a reading slip, resolved
        }
        conflicts.add(
            Reason.of(
                DL_FRONT_BACK_MISMATCH,
                fieldName(field),
                "The front seems to show "
                    + fieldName(field)
                    + " \""
                    + read
                    + "\" (read with confidence "
                    + String.format(java.util.Locale.ROOT, "%.2f", confidence)
                    + ") but the barcode holds \""
                    + entry.getValue()
                    + "\"; a reviewer compares the two sides."));
      }
    }
    for (FrontSide.Field field : SEARCHED) {
      if (!confirmed.contains(field)
          && !contradicted.contains(field)
          && barcode.containsKey(field)
          && printed(dl, field, front.text())) {
        confirmed.add(field);
      }
    }
    return new Comparison(List.copyOf(confirmed), List.copyOf(mismatches), List.copyOf(conflicts));
  }

  /**
   * Fields an automatic decision turns on or that bind the card to its holder: a disagreement in
   * any of them is never put down to OCR without a second look.
   */
  static final Set<FrontSide.Field> DECIDING =
      Set.of(
          FrontSide.Field.DATE_OF_BIRTH,
          FrontSide.Field.EXPIRATION_DATE,
          FrontSide.Field.LICENSE_NUMBER,
          FrontSide.Field.LAST_NAME,
          FrontSide.Field.FIRST_NAME);

  /** Fields looked for in the unlabelled text: the ones the decision needs. */
  private static final List<FrontSide.Field> SEARCHED =
      List.of(
          FrontSide.Field.DATE_OF_BIRTH,
          FrontSide.Field.EXPIRATION_DATE,
          FrontSide.Field.LICENSE_NUMBER,
          FrontSide.Field.LAST_NAME,
          FrontSide.Field.FIRST_NAME);

  private static boolean printed(DriverLicence dl, FrontSide.Field field, List<String> text) {
    if (text.isEmpty()) {
      return false;
    }
    Optional<String> issuer =
        IinTable.standard().byCode(dl.jurisdiction().value()).map(j -> j.name());
    return switch (field) {
      case DATE_OF_BIRTH -> PrintedText.showsDate(text, dl.dateOfBirth().value());
      case EXPIRATION_DATE -> PrintedText.showsDate(text, dl.expirationDate().value());
      case LICENSE_NUMBER -> PrintedText.showsNumber(text, dl.licenseNumber().value());
      case LAST_NAME -> PrintedText.showsName(text, dl.name().last().value(), issuer);
      case FIRST_NAME ->
          PrintedText.showsName(text, dl.name().first().value(), issuer)
              || dl.name()
                  .middle()
                  .filter(
                      m ->
                          PrintedText.showsName(
                              text, dl.name().first().value() + " " + m.value(), issuer))
                  .isPresent();
      default -> false;
    };
  }

  /**
   * What the front confirmed and where it contradicts the barcode: {@code mismatches} were read
   * confidently, {@code conflicts} were not (a second look may still resolve them).
   */
  record Comparison(
      List<FrontSide.Field> confirmed, List<Reason> mismatches, List<Reason> conflicts) {
    /**
     * Settled either way: a confident mismatch, or the decisive fields and enough corroboration
     * confirmed with no unsure conflict left. Otherwise a second look (the model) is worth asking.
     */
    boolean settled() {
      return !mismatches.isEmpty() || (enough() && conflicts.isEmpty());
    }

    List<Reason> reasons() {
      List<Reason> all = new ArrayList<>(mismatches);
      all.addAll(conflicts);
      return all;
    }

    boolean enough() {
      long corroborating = confirmed.stream().filter(CORROBORATING::contains).count();
      return confirmed.containsAll(DECISIVE) && corroborating >= CORROBORATING_NEEDED;
    }
  }

  private static Map<FrontSide.Field, String> barcodeValues(DriverLicence dl) {
    Map<FrontSide.Field, String> m = new EnumMap<>(FrontSide.Field.class);
    m.put(FrontSide.Field.LICENSE_NUMBER, dl.licenseNumber().value());
    if (!dl.name().lastTruncated()) {
      m.put(FrontSide.Field.LAST_NAME, dl.name().last().value());
    }
    if (!dl.name().firstTruncated()) {
      // Fronts print the given names on one line: first and middle.
      m.put(
          FrontSide.Field.FIRST_NAME,
          dl.name().first().value() + dl.name().middle().map(mid -> " " + mid.value()).orElse(""));
    }
    m.put(FrontSide.Field.DATE_OF_BIRTH, dl.dateOfBirth().value().toString());
    dl.issueDate().ifPresent(d -> m.put(FrontSide.Field.ISSUE_DATE, d.value().toString()));
    m.put(FrontSide.Field.EXPIRATION_DATE, dl.expirationDate().value().toString());
    m.put(FrontSide.Field.SEX, dl.sex().value());
    dl.heightInches().ifPresent(h -> m.put(FrontSide.Field.HEIGHT, String.valueOf(h.value())));
    if (!dl.licenseClass().value().isBlank()) {
      m.put(FrontSide.Field.LICENSE_CLASS, dl.licenseClass().value());
    }
    return m;
  }

  static String fieldName(FrontSide.Field field) {
    return switch (field) {
      case LICENSE_NUMBER -> "licenseNumber";
      case LAST_NAME -> "lastName";
      case FIRST_NAME -> "firstName";
      case DATE_OF_BIRTH -> "dateOfBirth";
      case ISSUE_DATE -> "issueDate";
      case EXPIRATION_DATE -> "expirationDate";
      case SEX -> "sex";
      case HEIGHT -> "heightInches";
      case LICENSE_CLASS -> "licenseClass";
    };
  }
}
