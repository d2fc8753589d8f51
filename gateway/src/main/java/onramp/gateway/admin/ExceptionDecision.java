package onramp.gateway.admin;

import java.time.LocalDate;
import java.util.Optional;
import onramp.gateway.Vendor;

/**
 * What ML review decided about a request to use a model that is not on the allowlist: which model
 * of which vendor, for which purpose, who decided, under which ticket.
 *
 * @param approver the ML reviewer who decided (who approved it, or who refused it)
 * @param ticket the review ticket, e.g. {@code MLR-142}
 * @param expires the last day a grant works (inclusive, UTC); a refusal needs none
 * @param note why, in a sentence or two (optional)
 */
public record ExceptionDecision(
    Vendor vendor,
    String model,
    String purpose,
    String approver,
    String ticket,
    Optional<LocalDate> expires,
    Optional<String> note) {

  private static final int SHORT = 200;
  private static final int LONG = 2000;

  public ExceptionDecision {
    model = text("model", model, SHORT);
    purpose = text("purpose", purpose, SHORT);
    approver = text("approver", approver, SHORT);
    ticket = text("ticket", ticket, SHORT);
    note = note.map(String::strip).filter(n -> !n.isEmpty());
    note.ifPresent(n -> text("note", n, LONG));
  }

  private static String text(String what, String value, int max) {
    String v = value.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException(
          "an exception needs its " + what + "; ML review records every one");
    }
    if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "an exception's " + what + " is one line of at most " + max + " characters");
    }
    return v;
  }
}
