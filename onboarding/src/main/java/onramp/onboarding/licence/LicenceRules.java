package onramp.onboarding.licence;

import static onramp.onboarding.decision.ReasonCode.DL_CLASS_INSUFFICIENT;
import static onramp.onboarding.decision.ReasonCode.DL_EXPIRED;
import static onramp.onboarding.decision.ReasonCode.DL_JURISDICTION_MISMATCH;
import static onramp.onboarding.decision.ReasonCode.DL_JURISDICTION_UNSUPPORTED;
import static onramp.onboarding.decision.ReasonCode.DL_NOT_A_DRIVER_LICENCE;
import static onramp.onboarding.decision.ReasonCode.DL_NUMBER_MISMATCH;
import static onramp.onboarding.decision.ReasonCode.DRIVER_EXPERIENCE_UNKNOWN;
import static onramp.onboarding.decision.ReasonCode.DRIVER_INSUFFICIENT_EXPERIENCE;
import static onramp.onboarding.decision.ReasonCode.DRIVER_UNDERAGE;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import onramp.onboarding.application.Application;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.casefile.Rule;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.policy.Policy;

/** The licence rules of DESIGN.md's driver eligibility policy; each a {@link Rule}. */
public final class LicenceRules {
  private LicenceRules() {}

  public static List<Rule> all() {
    return List.of(
        LicenceRules::documentType,
        LicenceRules::expiry,
        LicenceRules::age,
        LicenceRules::experience,
        LicenceRules::vehicleClass,
        LicenceRules::jurisdiction,
        LicenceRules::licenceNumber);
  }

  static List<Reason> documentType(CaseFile f) {
    return f.licence()
        .filter(dl -> !dl.documentType().value().equals("DL"))
        .map(
            dl ->
                List.of(
                    Reason.of(
                        DL_NOT_A_DRIVER_LICENCE,
                        "documentType",
                        "The barcode is of an identification card ("
                            + dl.documentType().value()
                            + "), not a driver licence; upload the driver licence.")))
        .orElse(List.of());
  }

  static List<Reason> expiry(CaseFile f) {
    return f.licence()
        .filter(dl -> !dl.expirationDate().value().isAfter(f.decisionDate()))
        .map(
            dl ->
                List.of(
                    Reason.of(
                        DL_EXPIRED,
                        "expirationDate",
                        "The licence expired on "
                            + dl.expirationDate().value()
                            + "; renew it and upload the new licence.")))
        .orElse(List.of());
  }

  static List<Reason> age(CaseFile f) {
    if (f.licence().isEmpty() || f.policy().isEmpty()) {
      return List.of();
    }
    int age = ageOn(f.licence().get().dateOfBirth().value(), f.decisionDate());
    int minimum = f.policy().get().minimumAge();
    return age >= minimum
        ? List.of()
        : List.of(
            Reason.of(
                DRIVER_UNDERAGE,
                "dateOfBirth",
                "The driver is " + age + "; the minimum age is " + minimum + "."));
  }

  /**
   * Years licensed are counted from the licence's issue date. The barcode cannot tell a first
   * licence from a renewal or replacement, so a recent issue date rejects only when even a licence
   * held since the earliest licensing age would be too young; otherwise a person checks the driving
   * record rather than the system guessing.
   */
  static List<Reason> experience(CaseFile f) {
    if (f.licence().isEmpty() || f.policy().isEmpty()) {
      return List.of();
    }
    DriverLicence dl = f.licence().get();
    Policy policy = f.policy().get();
    LocalDate dob = dl.dateOfBirth().value();
    int required = policy.requiredYearsLicensed(ageOn(dob, f.decisionDate()));
    LocalDate latestFirstLicence = f.decisionDate().minusYears(required);
    LocalDate earliestPossible = dob.plusYears(policy.earliestLicensingAge());
    if (earliestPossible.isAfter(latestFirstLicence)) {
      return List.of(
          Reason.of(
              DRIVER_INSUFFICIENT_EXPERIENCE,
              "dateOfBirth",
              "The driver cannot have been licensed for the "
                  + required
                  + " years the policy requires"
                  + " (licences are issued from age "
                  + policy.earliestLicensingAge()
                  + ")."));
    }
    if (dl.issueDate().isEmpty()) {
      return List.of(
          Reason.of(
              DRIVER_EXPERIENCE_UNKNOWN,
              "issueDate",
              "The licence carries no issue date; confirm "
                  + required
                  + " years licensed from the driving record."));
    }
    LocalDate issued = dl.issueDate().get().value();
    if (issued.isAfter(latestFirstLicence)) {
      return List.of(
          Reason.of(
              DRIVER_EXPERIENCE_UNKNOWN,
              "issueDate",
              "The licence was issued on "
                  + issued
                  + ", less than the "
                  + required
                  + " years required; it may be a renewal or replacement, so confirm the first-licensed"
                  + " date from the driving record."));
    }
    return List.of();
  }

  static List<Reason> vehicleClass(CaseFile f) {
    if (f.licence().isEmpty() || f.policy().isEmpty()) {
      return List.of();
    }
    DriverLicence dl = f.licence().get();
    Policy policy = f.policy().get();
    Application app = f.application();
    Policy.ClassRequirement need = policy.vehicleClasses().get(app.vehicleClass());
    if (need == null) {
      return List.of(
          Reason.of(
              DL_CLASS_INSUFFICIENT,
              "licenseClass",
              "Policy " + policy.id() + " does not allow " + app.vehicleClass() + " drivers."));
    }
    Set<String> classes = letters(dl.licenseClass().value());
    Set<String> endorsements = letters(dl.endorsements().value());
    List<String> missing = new ArrayList<>();
    if (need.licenceClasses().stream().noneMatch(classes::contains)) {
      missing.add("class " + String.join(" or ", need.licenceClasses()));
    }
    List<String> neededEndorsements = new ArrayList<>(need.endorsements());
    if (policy.schoolRoutes()) {
      neededEndorsements.addAll(need.schoolRouteEndorsements());
    }
    neededEndorsements.stream()
        .filter(e -> !endorsements.contains(e))
        .forEach(e -> missing.add("endorsement " + e));
    if (missing.isEmpty()) {
      return List.of();
    }
    String held =
        dl.licenseClass().value().isBlank() ? "no class" : "class " + dl.licenseClass().value();
    return List.of(
        Reason.of(
            DL_CLASS_INSUFFICIENT,
            "licenseClass",
            "A "
                + app.vehicleClass()
                + " driver needs "
                + String.join(" and ", missing)
                + "; the licence has "
                + held
                + (dl.endorsements().value().isBlank()
                    ? ""
                    : " with endorsements " + dl.endorsements().value())
                + "."));
  }

  /**
   * The IIN's jurisdiction, the licence state the applicant stated and their address state agree.
   */
  static List<Reason> jurisdiction(CaseFile f) {
    List<Reason> reasons = new ArrayList<>();
    Application app = f.application();
    f.licence()
        .ifPresent(
            dl -> {
              String issuer = dl.jurisdiction().value();
              if (!issuer.equalsIgnoreCase(app.licenseState())) {
                reasons.add(
                    Reason.of(
                        DL_JURISDICTION_MISMATCH,
                        "jurisdiction",
                        "The barcode's issuer (IIN "
                            + dl.iin().value()
                            + ") is "
                            + issuer
                            + " but the application says the"
                            + " licence is from "
                            + app.licenseState()
                            + "."));
              } else if (!issuer.equalsIgnoreCase(app.address().state())) {
                reasons.add(
                    Reason.of(
                        DL_JURISDICTION_MISMATCH,
                        "address.state",
                        "The licence is from "
                            + issuer
                            + " but the applicant's address is in "
                            + app.address().state()
                            + "; a driver who moved must hold a licence of the new state."));
              } else if (!dl.address().value().state().isBlank()
                  && !dl.address().value().state().equalsIgnoreCase(issuer)) {
                reasons.add(
                    Reason.of(
                        DL_JURISDICTION_MISMATCH,
                        "address.state",
                        "The licence address is in "
                            + dl.address().value().state()
                            + " but it was issued by "
                            + issuer
                            + "."));
              }
            });
    if (f.licence().isPresent() && f.policy().isEmpty()) {
      reasons.add(
          Reason.of(
              DL_JURISDICTION_UNSUPPORTED,
              "jurisdiction",
              "No onboarding policy covers licences from "
                  + f.licence().get().jurisdiction().value()
                  + "; a reviewer must decide."));
    }
    return reasons;
  }

  static List<Reason> licenceNumber(CaseFile f) {
    return f.licence()
        .filter(
            dl ->
                !canonicalId(dl.licenseNumber().value())
                    .equals(canonicalId(f.application().licenseNumber())))
        .map(
            dl ->
                List.of(
                    Reason.of(
                        DL_NUMBER_MISMATCH,
                        "licenseNumber",
                        "The licence number in the application does not match the licence's barcode.")))
        .orElse(List.of());
  }

  static int ageOn(LocalDate dob, LocalDate date) {
    return Period.between(dob, date).getYears();
  }

  /**
   * Licence numbers and codes compare without spaces, dashes or case ("D12-345-678" = "d12345678").
   */
  public static String canonicalId(String id) {
    return id.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
  }

  /**
   * "CM" → {C, M, CM}; "A B" → {A, B}; "G1" → {G1} (a graduated class is not class G); "NONE" → {}.
   */
  static Set<String> letters(String codes) {
    String c = codes.toUpperCase(Locale.ROOT).strip();
    Set<String> out = new LinkedHashSet<>();
    if (c.isEmpty() || c.equals("NONE")) {
      return out;
    }
    for (String token : c.split("[\\s,;/]+", -1)) {
      if (token.length() <= 3 && token.chars().allMatch(Character::isLetter)) {
        token.chars().forEach(ch -> out.add(String.valueOf((char) ch)));
      }
      out.add(token);
    }
    return out;
  }
}
