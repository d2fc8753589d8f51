package onramp.onboarding.i9;

import static onramp.onboarding.decision.ReasonCode.I9_DOCUMENTS_INVALID_COMBINATION;
import static onramp.onboarding.decision.ReasonCode.I9_DOCUMENT_EXPIRED;
import static onramp.onboarding.decision.ReasonCode.I9_RECEIPT;
import static onramp.onboarding.decision.ReasonCode.I9_SECTION2_INCOMPLETE;
import static onramp.onboarding.decision.ReasonCode.I9_SECTION2_LATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import onramp.documents.i9.DocumentEntry;
import onramp.documents.i9.FieldValue;
import onramp.documents.i9.Section2;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.i9.AcceptableDocument.DocumentList;

/**
 * Section 2 of the Form I-9: complete, on time (three business days after the first day, M-274
 * §3.0), one valid combination of acceptable documents (one List A, or one List B plus one List C;
 * M-274 §4.0 and §13), each unexpired on the day it was examined (M-274 §4.1), receipts only as
 * §4.3 allows.
 */
final class Section2Rules {
  /** List A entries that are a complete List A document on their own. */
  private static final Set<AcceptableDocument> STANDALONE_A =
      Set.of(
          AcceptableDocument.US_PASSPORT,
          AcceptableDocument.US_PASSPORT_CARD,
          AcceptableDocument.PERMANENT_RESIDENT_CARD,
          AcceptableDocument.FOREIGN_PASSPORT_I551_STAMP,
          AcceptableDocument.EMPLOYMENT_AUTHORIZATION_CARD,
          AcceptableDocument.FSM_RMI_PASSPORT);

  /**
   * A receipt stands in for a document for 90 days from the first day of employment (M-274 §4.3).
   */
  static final int RECEIPT_DAYS = 90;

  private Section2Rules() {}

  static List<Reason> check(Section2 s, LocalDate firstDay) {
    List<Reason> reasons = new ArrayList<>();
    required(reasons, s.firstDayOfEmployment(), "firstDayOfEmployment", "first day of employment");
    if (s.firstDayOfEmployment().isMalformedDate()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION2_INCOMPLETE,
              "firstDayOfEmployment",
              "The first day of employment in Section 2, \""
                  + s.firstDayOfEmployment().text()
                  + "\", is not a date."));
    }
    required(
        reasons,
        s.representativeNameAndTitle(),
        "employerRepresentative",
        "employer representative's name and title");
    if (!s.isSigned()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION2_INCOMPLETE,
              "section2Signature",
              "Section 2 is not signed by the employer's representative."));
    }
    required(reasons, s.signedOn(), "section2SignedOn", "date of the employer's signature");
    required(reasons, s.businessName(), "businessName", "employer's business or organization name");
    required(reasons, s.businessAddress(), "businessAddress", "employer's business address");
    Optional<LocalDate> signed = s.signedOn().date();
    if (s.signedOn().isMalformedDate()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION2_INCOMPLETE,
              "section2SignedOn",
              "The date of the employer's signature, \""
                  + s.signedOn().text()
                  + "\", is not a date."));
    }
    LocalDate due = BusinessDays.plus(firstDay, 3);
    signed
        .filter(d -> d.isAfter(due))
        .ifPresent(
            d ->
                reasons.add(
                    I9Reasons.of(
                        I9_SECTION2_LATE,
                        "section2SignedOn",
                        "Section 2 was completed on "
                            + d
                            + ", more than three business days after the first"
                            + " day of employment ("
                            + firstDay
                            + "; due by "
                            + due
                            + ").")));
    reasons.addAll(documents(s, signed.orElse(firstDay), firstDay));
    return reasons;
  }

  private static List<Reason> documents(Section2 s, LocalDate examined, LocalDate firstDay) {
    List<Reason> reasons = new ArrayList<>();
    List<DocumentEntry> a = s.listA().stream().filter(e -> !e.isBlank()).toList();
    Optional<DocumentEntry> b = s.listB().filter(e -> !e.isBlank());
    Optional<DocumentEntry> c = s.listC().filter(e -> !e.isBlank());
    List<DocumentEntry> all = new ArrayList<>(a);
    b.ifPresent(all::add);
    c.ifPresent(all::add);
    if (all.isEmpty()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION2_INCOMPLETE,
              "documents",
              "Section 2 lists no identity or employment authorization documents."));
      return reasons;
    }
    List<String> problems = new ArrayList<>();
    if (!a.isEmpty() && (b.isPresent() || c.isPresent())) {
      problems.add(
          "both a List A document and List B/C documents are entered; enter one List A document, or"
              + " one List B and one List C document");
    } else if (!a.isEmpty()) {
      List<AcceptableDocument> kinds =
          a.stream()
              .map(e -> recognised(e, DocumentList.A, problems))
              .flatMap(Optional::stream)
              .toList();
      boolean complete =
          kinds.stream().anyMatch(STANDALONE_A::contains)
              || (kinds.contains(AcceptableDocument.FOREIGN_PASSPORT)
                  && kinds.contains(AcceptableDocument.FORM_I94));
      if (problems.isEmpty() && !complete) {
        problems.add(
            "the List A entries do not make one List A document (a foreign passport needs its Form I-94)");
      }
    } else {
      if (b.isEmpty() || c.isEmpty()) {
        problems.add(
            b.isEmpty()
                ? "a List C document needs a List B document beside it"
                : "a List B document needs a List C document beside it");
      }
      b.ifPresent(e -> recognised(e, DocumentList.B, problems));
      c.ifPresent(e -> recognised(e, DocumentList.C, problems));
    }
    if (!problems.isEmpty()) {
      reasons.add(
          I9Reasons.of(
              I9_DOCUMENTS_INVALID_COMBINATION,
              "documents",
              "Section 2 documents are not a valid combination: "
                  + String.join("; ", problems)
                  + "."));
    }
    for (DocumentEntry e : all) {
      reasons.addAll(entry(e, examined, firstDay));
    }
    return reasons;
  }

  private static Optional<AcceptableDocument> recognised(
      DocumentEntry e, DocumentList list, List<String> problems) {
    Optional<DocumentTitles.Recognised> r = DocumentTitles.recognise(e.title().text());
    String where =
        "List " + e.list() + (e.list().name().equals("A") ? " document " + e.slot() : "");
    if (r.isEmpty()) {
      problems.add(
          where + " \"" + e.title().text() + "\" is not on the Lists of Acceptable Documents");
      return Optional.empty();
    }
    if (!r.get().document().lists().contains(list)) {
      problems.add(
          where
              + " \""
              + e.title().text()
              + "\" is a List "
              + r.get().document().lists().iterator().next()
              + " document");
      return Optional.empty();
    }
    return Optional.of(r.get().document());
  }

  private static List<Reason> entry(DocumentEntry e, LocalDate examined, LocalDate firstDay) {
    List<Reason> reasons = new ArrayList<>();
    String where =
        "List " + e.list() + (e.list().name().equals("A") ? " document " + e.slot() : "");
    String field = "documents." + e.list().name().toLowerCase(java.util.Locale.ROOT) + e.slot();
    if (!e.title().isPresent() || !e.issuingAuthority().isPresent() || (e.number().isBlank())) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION2_INCOMPLETE,
              field,
              where + " needs its title, issuing authority and number."));
    }
    boolean receipt =
        DocumentTitles.recognise(e.title().text())
            .map(DocumentTitles.Recognised::receipt)
            .orElse(false);
    if (receipt) {
      reasons.add(
          I9Reasons.of(
              I9_RECEIPT,
              field,
              where
                  + " is a receipt; the employee must present the document"
                  + " itself by "
                  + firstDay.plusDays(RECEIPT_DAYS)
                  + " (90 days after the first day, M-274 §4.3)."));
      return reasons;
    }
    FieldValue expiry = e.expirationDate();
    if (expiry.isMalformedDate()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION2_INCOMPLETE,
              field,
              where + " has an expiration date that is not a date: \"" + expiry.text() + "\"."));
    }
    expiry
        .date()
        .filter(d -> d.isBefore(examined))
        .ifPresent(
            d ->
                reasons.add(
                    I9Reasons.of(
                        I9_DOCUMENT_EXPIRED,
                        field,
                        where
                            + " ("
                            + e.title().text()
                            + ") expired on "
                            + d
                            + ", before it was examined on "
                            + examined
                            + ".")));
    return reasons;
  }

  private static void required(List<Reason> reasons, FieldValue value, String field, String label) {
    if (value.isBlank() || value.isNotApplicable()) {
      reasons.add(
          I9Reasons.of(I9_SECTION2_INCOMPLETE, field, "Section 2 lacks the " + label + "."));
    }
  }
}
