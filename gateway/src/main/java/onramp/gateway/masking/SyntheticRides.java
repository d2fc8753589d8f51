package onramp.gateway.masking;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic synthetic ride-sharing text for the benchmark: rider complaints and driver notes full
 * of ordinary numbers (orders, amounts, times, dates, versions) with personal data sprinkled in.
 * Every person and number is invented.
 */
final class SyntheticRides {
  private static final List<String> FIRST =
      List.of("Kim", "Luis", "Priya", "José", "Ana", "Marcus", "Lena", "Tom", "Aisha", "Wei");
  private static final List<String> LAST =
      List.of(
          "Nguyen", "Ortega", "Raman", "Núñez", "Lima", "Webb", "Fischer", "Okafor", "Khan",
          "Zhang");
  private static final List<String> STREETS =
      List.of(
          "Oak Street",
          "Market St",
          "Elm Ave",
          "Baker St",
          "Sunset Blvd",
          "Lake Shore Dr",
          "Pine Rd");
  private static final List<String> ORDINARY =
      List.of(
          "The driver arrived at %d:%02d, %d minutes late, and the fare was $%d.%02d instead of the quoted $%d.%02d.",
          "Trip %d on %d/%d/2024 covered %d.%d miles; surge %d.%dx applied twice.",
          "App version %d.%d.%d froze on the payment screen; I tried %d times before it worked.",
          "Order %d was refunded %d.%02d on 2024-%02d-%02d, ticket %d is still open.",
          "Driver rating dropped to 4.%d after %d trips; %d riders complained about the route.",
          "We waited at gate %d of terminal %d from %d:%02d until %d:%02d and nobody came.",
          "My promo code gave %d%% off but the receipt for order %d shows the full %d.%02d.",
          "The car smelled of smoke. I asked the driver to open the window and he refused, which made the ride unpleasant.",
          "Thanks for the quick response last time; this is about a different trip, %d, from last Tuesday.");

  private final SplittableRandom random;

  SyntheticRides(long seed) {
    random = new SplittableRandom(seed);
  }

  /** One request: a few sentences about one rider and one driver, whose names are the context. */
  Request next() {
    String rider = pick(FIRST) + " " + pick(LAST);
    String driver = pick(FIRST) + " " + pick(LAST);
    StringBuilder sb = new StringBuilder(4096);
    sb.append("Complaint from ")
        .append(rider)
        .append(" about driver ")
        .append(driver.split(" ")[0])
        .append(". ");
    int sentences = 20 + random.nextInt(20);
    for (int i = 0; i < sentences; i++) {
      sb.append(random.nextInt(6) == 0 ? personal(rider) : ordinary())
          .append(random.nextInt(5) == 0 ? "\n" : " ");
    }
    return new Request(sb.toString(), MaskingContext.names(rider, driver));
  }

  record Request(String text, MaskingContext context) {}

  private String ordinary() {
    String template = pick(ORDINARY);
    Object[] args = new Object[12];
    for (int i = 0; i < args.length; i++) {
      args[i] = 1 + random.nextInt(i % 3 == 0 ? 99999 : 59);
    }
    return String.format(template, args);
  }

  private String personal(String rider) {
    return switch (random.nextInt(10)) {
      case 0 ->
          "You can call me at ("
              + (200 + random.nextInt(700))
              + ") 555-01"
              + two()
              + " after work.";
      case 1 ->
          "My email is "
              + rider.split(" ")[0].toLowerCase(Locale.ROOT)
              + "."
              + random.nextInt(100)
              + "@example.com if you need it.";
      case 2 ->
          "I was picked up at "
              + (1 + random.nextInt(9000))
              + " "
              + pick(STREETS)
              + ", Springfield, IL 627"
              + two()
              + ".";
      case 3 -> "The charge went to card 4111 1111 1111 1111 twice.";
      case 4 ->
          "For the insurance form: SSN 5"
              + two()
              + "-"
              + two()
              + "-"
              + (1000 + random.nextInt(9000))
              + ".";
      case 5 ->
          "My date of birth is 0"
              + (1 + random.nextInt(9))
              + "/1"
              + random.nextInt(9)
              + "/19"
              + (50 + random.nextInt(49))
              + ".";
      case 6 -> "Send it to IBAN DE89 3704 0044 0532 0130 00 please.";
      case 7 ->
          "My driver license D" + (1000000 + random.nextInt(8999999)) + " was scanned wrongly.";
      case 8 ->
          "The trip page https://rides.example.com/trip/"
              + Integer.toHexString(random.nextInt())
              + " shows it.";
      default -> rider.split(" ")[1] + " is my last name, spelled as on the account.";
    };
  }

  private String two() {
    return String.format("%02d", 10 + random.nextInt(89));
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
