package onramp.insights;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The driver supply model: the drivers and trips a faster decision is worth. Approved applicants
 * who waited the manual baseline B days instead of the month's median T days would each have been
 * lost with probability 1 - (1 - d)^(B - T) (d: drop-off per day of waiting), so the month's
 * approvals A hold A * (1 - (1 - d)^(B - T)) extra drivers; times the activation rate, active;
 * times the trips per active driver, trips. The band recomputes with every parameter at its low,
 * then at its high value.
 *
 * @param parameters the parameters used, each MEASURED or ASSUMPTION
 * @param approved approved drivers in the month (A)
 * @param daysSaved B - T, or empty when nothing was decided
 * @param extraActive extra active drivers (low, central, high)
 * @param extraTrips extra trips per month (low, central, high)
 */
public record Supply(
    List<Parameter> parameters,
    long approved,
    Optional<Double> daysSaved,
    Band extraActive,
    Band extraTrips) {

  /** One parameter of the model. */
  public record Parameter(
      String name, double value, double low, double high, String unit, String basis, String note) {}

  /** A central figure with its sensitivity band. */
  public record Band(double low, double central, double high) {
    static final Band ZERO = new Band(0, 0, 0);
  }

  static Supply compute(List<Parameter> parameters, long approved, double p50Hours) {
    Map<String, Parameter> p =
        parameters.stream().collect(java.util.stream.Collectors.toMap(Parameter::name, x -> x));
    Parameter baseline = require(p, "manual_baseline_days");
    if (Double.isNaN(p50Hours) || approved == 0) {
      return new Supply(parameters, approved, Optional.empty(), Band.ZERO, Band.ZERO);
    }
    double saved = Math.max(0, baseline.value() - p50Hours / 24.0);
    double[] drivers = new double[3];
    double[] trips = new double[3];
    for (int i = 0; i < 3; i++) {
      double d = pick(require(p, "dropoff_per_day"), i);
      double act = pick(require(p, "activation_rate"), i);
      double tpd = pick(require(p, "trips_per_active_driver"), i);
      double extra = approved * (1 - Math.pow(1 - Math.min(d, 1), saved));
      drivers[i] = extra * act;
      trips[i] = drivers[i] * tpd;
    }
    return new Supply(
        parameters,
        approved,
        Optional.of(saved),
        new Band(drivers[0], drivers[1], drivers[2]),
        new Band(trips[0], trips[1], trips[2]));
  }

  private static double pick(Parameter p, int i) {
    return i == 0 ? p.low() : i == 1 ? p.value() : p.high();
  }

  private static Parameter require(Map<String, Parameter> p, String name) {
    Parameter found = p.get(name);
    if (found == null) {
      throw new ReportException(
          "The supply model's parameter "
              + name
              + " is missing from insights_supply_parameter; restore it with ./onramp report --set "
              + name
              + "=VALUE.");
    }
    return found;
  }
}
