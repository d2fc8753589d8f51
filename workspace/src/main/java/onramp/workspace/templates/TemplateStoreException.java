package onramp.workspace.templates;

import java.sql.SQLException;

/**
 * The database under the template library failed (unreachable, or a statement refused). The message
 * says which store; the cause carries the database's own message for the log.
 */
public final class TemplateStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemplateStoreException(SQLException cause) {
    super("The template library could not use its database; try again shortly", cause);
  }
}
