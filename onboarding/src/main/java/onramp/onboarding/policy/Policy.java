package onramp.onboarding.policy;

import java.util.List;
import java.util.Map;
import onramp.onboarding.application.VehicleClass;

/**
 * Driver eligibility policy of one jurisdiction family, loaded from data (policy/*.json), never
 * from code.
 *
 * @param id e.g. {@code us}
 * @param jurisdictions licence jurisdictions (state/province codes) this policy governs
 * @param minimumAge youngest driver accepted, in whole years on the decision date
 * @param minimumYearsLicensed years licensed required of everyone
 * @param youngDriverAge drivers younger than this need {@code youngDriverYearsLicensed}
 * @param youngDriverYearsLicensed years licensed required of young drivers
 * @param earliestLicensingAge the youngest age at which anyone can hold a licence here; a licence
 *     issued later may be a re-issue, so a recent issue date alone proves too little experience
 *     only when even a licence from this age would not be old enough
 * @param schoolRoutes whether BUS drivers need the S endorsement
 * @param requiresFormI9 whether employment here is verified with the US Form I-9 (not in Canada)
 * @param vehicleClasses what each vehicle class needs of the licence
 */
public record Policy(
    String id,
    List<String> jurisdictions,
    int minimumAge,
    int minimumYearsLicensed,
    int youngDriverAge,
    int youngDriverYearsLicensed,
    int earliestLicensingAge,
    boolean schoolRoutes,
    boolean requiresFormI9,
    Map<VehicleClass, ClassRequirement> vehicleClasses) {

  /**
   * What a licence must have to drive a vehicle class.
   *
   * @param licenceClasses any one of these classes (a combined class such as "CM" counts each
   *     letter)
   * @param endorsements all of these endorsements
   * @param schoolRouteEndorsements also these when school routes are enabled
   */
  public record ClassRequirement(
      List<String> licenceClasses,
      List<String> endorsements,
      List<String> schoolRouteEndorsements) {}

  public int requiredYearsLicensed(int age) {
    return age < youngDriverAge
        ? Math.max(youngDriverYearsLicensed, minimumYearsLicensed)
        : minimumYearsLicensed;
  }
}
