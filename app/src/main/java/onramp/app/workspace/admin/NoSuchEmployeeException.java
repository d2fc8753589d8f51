package onramp.app.workspace.admin;

import onramp.app.system.AppException;

/** An admin asked to delete someone the workspace does not know. */
final class NoSuchEmployeeException extends AppException.NotFound {
  private static final long serialVersionUID = 1L;

  NoSuchEmployeeException(String username) {
    super(
        "There is no workspace employee '"
            + username
            + "' (usernames are case-sensitive); nothing was deleted. The per-user usage lists"
            + " everyone with runs: /api/workspace/admin/usage?by=user");
  }
}
