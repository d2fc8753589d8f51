package onramp.onboarding.decision;

import java.util.Optional;

/**
 * One reason behind a decision. {@code field} names the field it is about, where there is one.
 * Messages never contain a full SSN or other personal data beyond what the reviewer already sees.
 */
public record Reason(
    ReasonCode code, Severity severity, String message, String document, Optional<String> field) {

  public static Reason of(ReasonCode code, String message) {
    return new Reason(code, code.severity(), message, code.document(), Optional.empty());
  }

  public static Reason of(ReasonCode code, String field, String message) {
    return new Reason(code, code.severity(), message, code.document(), Optional.of(field));
  }

  public Reason withSeverity(Severity newSeverity) {
    return new Reason(code, newSeverity, message, document, field);
  }

  public Reason onDocument(String newDocument) {
    return new Reason(code, severity, message, newDocument, field);
  }
}
