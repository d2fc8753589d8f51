package onramp.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import onramp.documents.Evidence;
import onramp.documents.Source;
import onramp.onboarding.application.Application;
import onramp.onboarding.application.VehicleClass;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.policy.Policies;

/**
 * A synthetic applicant (Jordan Avery Quinn, Virginia) whose documents agree; tests change one
 * thing.
 */
public final class Fixtures {
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private Fixtures() {}

  public static Application application() {
    return new Application(
        "Jordan",
        Optional.of("Avery"),
        "Quinn",
        LocalDate.of(1990, 4, 18),
        Optional.of("jordan.quinn@example.com"),
        Optional.of("+1 555 010 0199"),
        new Application.Address("100 Example Way", "Richmond", "VA", "23219"),
        "VA",
        "T12345678",
        VehicleClass.VAN,
        LocalDate.of(2026, 12, 1),
        Optional.empty());
  }

  public static DriverLicence licence() {
    return new DriverLicence(
        bar("VA"),
        bar("USA"),
        bar("636000"),
        bar(10),
        bar("DL"),
        bar("T12345678"),
        new DriverLicence.PersonName(
            bar("QUINN"),
            bar("JORDAN"),
            Optional.of(bar("AVERY")),
            Optional.empty(),
            false,
            false,
            false),
        bar(LocalDate.of(1990, 4, 18)),
        Optional.of(bar(LocalDate.of(2020, 5, 1))),
        bar(LocalDate.of(2028, 4, 18)),
        bar("M"),
        Optional.of(bar(70)),
        bar("C"),
        bar(""),
        bar(""),
        bar(new DriverLicence.Address("100 EXAMPLE WAY", "RICHMOND", "VA", "23219")));
  }

  public static CaseFile caseFile(Application app, DriverLicence dl) {
    return new CaseFile(
        app,
        Optional.of(dl),
        FrontSide.empty(),
        Optional.empty(),
        List.of(),
        Policies.builtIn().forJurisdiction(dl.jurisdiction().value()),
        TODAY);
  }

  public static CaseFile caseFile(DriverLicence dl) {
    return caseFile(application(), dl);
  }

  public static <T> Evidence<T> bar(T value) {
    return Evidence.certain(value, Source.BARCODE);
  }

  public static Evidence<String> ocr(String value, double confidence) {
    return Evidence.of(value, Source.FRONT_OCR, confidence);
  }
}
