package onramp.app.apply;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The sign-up form: the fields of {@code application.json} (DESIGN.md), as typed. */
public record SignUp(
    @Nullable String firstName,
    @Nullable String middleName,
    @Nullable String lastName,
    @Nullable String dateOfBirth,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String street,
    @Nullable String city,
    @Nullable String state,
    @Nullable String postalCode,
    @Nullable String licenseState,
    @Nullable String licenseNumber,
    @Nullable String vehicleClass,
    @Nullable String firstDayOfEmployment) {

  public static SignUp empty() {
    return new SignUp(
        null, null, null, null, null, null, null, null, null, null, null, null, "VAN", null);
  }

  /** {@code application.json} as a map; blank fields are left out so the reader names them. */
  Map<String, Object> toApplicationJson(Instant submittedAt) {
    Map<String, Object> json = new LinkedHashMap<>();
    put(json, "firstName", firstName);
    put(json, "middleName", middleName);
    put(json, "lastName", lastName);
    put(json, "dateOfBirth", dateOfBirth);
    put(json, "email", email);
    put(json, "phone", phone);
    Map<String, Object> address = new LinkedHashMap<>();
    put(address, "street", street);
    put(address, "city", city);
    put(address, "state", upper(state));
    put(address, "postalCode", postalCode);
    json.put("address", address);
    put(json, "licenseState", upper(licenseState));
    put(json, "licenseNumber", upper(licenseNumber));
    put(json, "vehicleClass", upper(vehicleClass));
    put(json, "firstDayOfEmployment", firstDayOfEmployment);
    json.put("submittedAt", submittedAt.toString());
    return json;
  }

  private static @Nullable String upper(@Nullable String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  private static void put(Map<String, Object> json, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      json.put(key, value.strip());
    }
  }
}
