package onramp.app.system;

import java.util.UUID;
import onramp.documents.DocumentsException;
import onramp.gateway.GatewayException;
import onramp.onboarding.decision.OnboardingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a failure becomes words a person reads outside the web layer (the command line's
 * JSON lines and summary, the operations page). Our own exceptions carry messages written for
 * people; anything else (a library's exception, a stack overflow, a null pointer) is logged with a
 * reference, its messages withheld, and the person reads what failed and the reference — never a
 * Java class name or a library's raw message. The web layer does the same in {@link ErrorHandling}.
 */
public final class Failures {
  private static final Logger log = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  /**
   * What to tell a person about {@code failure} while working on {@code subject} (a folder, a file,
   * a component): our exception's own message, else "{@code subject} could not be processed…
   * (reference …)".
   */
  public static String describe(String subject, Throwable failure) {
    @Nullable String ours = ownMessage(failure);
    if (ours != null) {
      return ours;
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error(
        "Unexpected failure on {}, reference {}",
        subject,
        reference,
        RedactedException.of(failure));
    return subject
        + " could not be processed because of a problem on our side (reference "
        + reference
        + "); report the reference to the Onramp team. Other items are not affected.";
  }

  /** The message of one of our own exceptions (written for people), else null. */
  static @Nullable String ownMessage(Throwable failure) {
    boolean ours =
        failure instanceof OnboardingException
            || failure instanceof DocumentsException
            || failure instanceof GatewayException
            || failure instanceof AppException;
    @Nullable String message = failure.getMessage();
    return ours && message != null && !message.isBlank() ? message : null;
  }
}
