package onramp.workspace.templates;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the template library refuses, with a message for the employee that says what to change. The
 * kind decides the HTTP status: {@link Invalid} 422, {@link NotFound} 404, {@link Forbidden} 403,
 * {@link Conflict} 409.
 */
public abstract sealed class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private TemplateException(String message) {
    super(message);
  }

  /** Never null: every {@code TemplateException} is made with a message. */
  @Override
  public String getMessage() {
    return java.util.Objects.requireNonNull(super.getMessage());
  }

  /**
   * One thing wrong with a template or with the values for it.
   *
   * @param field the variable's name (rendering), or the template field, e.g. {@code body} or
   *     {@code variables[2].choices} (saving)
   */
  public record Problem(String field, String message) {}

  /** A template, or the values given for one, break a rule; every problem found is listed. */
  public static final class Invalid extends TemplateException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public Invalid(String what, List<Problem> problems) {
      super(
          what
              + ": "
              + problems.stream().map(Problem::message).collect(Collectors.joining("; "))
              + ".");
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  /** No such template or version, or not one the employee may see. */
  public static final class NotFound extends TemplateException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
      super(message);
    }
  }

  /** The employee may see the template but not change it. */
  public static final class Forbidden extends TemplateException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
      super(message);
    }
  }

  /** The id is taken, or the template changed since the version the employee edited. */
  public static final class Conflict extends TemplateException {
    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
      super(message);
    }
  }
}
