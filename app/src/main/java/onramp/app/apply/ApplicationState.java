package onramp.app.apply;

/**
 * Where an application is in its life, as column {@code application.status} holds it (by {@link
 * #name()}; the constraint {@code application_status_known} admits exactly these). SQL binds these
 * values as parameters; no state is spelled in a query.
 */
public enum ApplicationState {
  /** Signed up; documents still being uploaded. Never submitted. */
  DRAFT,
  /** Submitted for checking; the job has not started on this round yet. */
  RECEIVED,
  /** The job is checking the current round. */
  VERIFYING,
  /** The system sent the current round to a person, who has not decided yet. */
  IN_REVIEW,
  /** Decided: by the system, or by a reviewer after {@link #IN_REVIEW}. */
  DECIDED
}
