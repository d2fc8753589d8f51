package onramp.onboarding.licence;

import java.util.List;
import java.util.Optional;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.decision.Reason;

/**
 * What a licence reader got from an application folder: the licence (when its machine-readable side
 * could be read), the front, and the problems met on the way (unreadable images, invalid barcode, a
 * reader that is off).
 */
public record LicenceRead(Optional<DriverLicence> licence, FrontSide front, List<Reason> problems) {
  public LicenceRead {
    problems = List.copyOf(problems);
  }
}
