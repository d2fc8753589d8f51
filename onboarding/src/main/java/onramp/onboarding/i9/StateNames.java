package onramp.onboarding.i9;

import java.util.Map;
import java.util.Optional;

/** US state and Canadian province names by code, upper case, for matching "issuing authority". */
final class StateNames {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("AL", "ALABAMA"), Map.entry("AK", "ALASKA"), Map.entry("AZ", "ARIZONA"), Map.entry("AR", "ARKANSAS"),
      Map.entry("CA", "CALIFORNIA"), Map.entry("CO", "COLORADO"), Map.entry("CT", "CONNECTICUT"),
      Map.entry("DE", "DELAWARE"), Map.entry("DC", "DISTRICT COLUMBIA"), Map.entry("FL", "FLORIDA"),
      Map.entry("GA", "GEORGIA"), Map.entry("HI", "HAWAII"), Map.entry("ID", "IDAHO"), Map.entry("IL", "ILLINOIS"),
      Map.entry("IN", "INDIANA"), Map.entry("IA", "IOWA"), Map.entry("KS", "KANSAS"), Map.entry("KY", "KENTUCKY"),
      Map.entry("LA", "LOUISIANA"), Map.entry("ME", "MAINE"), Map.entry("MD", "MARYLAND"),
      Map.entry("MA", "MASSACHUSETTS"), Map.entry("MI", "MICHIGAN"), Map.entry("MN", "MINNESOTA"),
      Map.entry("MS", "MISSISSIPPI"), Map.entry("MO", "MISSOURI"), Map.entry("MT", "MONTANA"),
      Map.entry("NE", "NEBRASKA"), Map.entry("NV", "NEVADA"), Map.entry("NH", "NEW HAMPSHIRE"),
      Map.entry("NJ", "NEW JERSEY"), Map.entry("NM", "NEW MEXICO"), Map.entry("NY", "NEW YORK"),
      Map.entry("NC", "NORTH CAROLINA"), Map.entry("ND", "NORTH DAKOTA"), Map.entry("OH", "OHIO"),
      Map.entry("OK", "OKLAHOMA"), Map.entry("OR", "OREGON"), Map.entry("PA", "PENNSYLVANIA"),
      Map.entry("RI", "RHODE ISLAND"), Map.entry("SC", "SOUTH CAROLINA"), Map.entry("SD", "SOUTH DAKOTA"),
      Map.entry("TN", "TENNESSEE"), Map.entry("TX", "TEXAS"), Map.entry("UT", "UTAH"), Map.entry("VT", "VERMONT"),
      Map.entry("VA", "VIRGINIA"), Map.entry("WA", "WASHINGTON"), Map.entry("WV", "WEST VIRGINIA"),
      Map.entry("WI", "WISCONSIN"), Map.entry("WY", "WYOMING"), Map.entry("PR", "PUERTO RICO"),
      Map.entry("ON", "ONTARIO"), Map.entry("QC", "QUEBEC"), Map.entry("BC", "BRITISH COLUMBIA"),
      Map.entry("AB", "ALBERTA"), Map.entry("MB", "MANITOBA"), Map.entry("SK", "SASKATCHEWAN"),
      Map.entry("NS", "NOVA SCOTIA"), Map.entry("NB", "NEW BRUNSWICK"), Map.entry("NL", "NEWFOUNDLAND AND LABRADOR"),
      Map.entry("PE", "PRINCE EDWARD ISLAND"));

  private StateNames() {}

  static Optional<String> name(String code) {
    return Optional.ofNullable(NAMES.get(code));
  }
}
