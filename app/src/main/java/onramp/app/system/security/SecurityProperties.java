package onramp.app.system.security;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onramp.security.*}. {@code local-users}: reviewers, admins and ML reviewers for local
 * sign-in (password as {@code {bcrypt}…} or plain text); when empty, a {@code reviewer}, an {@code
 * admin} and an {@code mlreview} are made with passwords printed once at start-up. {@code oidc}:
 * which claim holds the user's groups and which groups mean reviewer, admin and ML review.
 */
@ConfigurationProperties("onramp.security")
record SecurityProperties(@Nullable List<LocalUser> localUsers, @Nullable Oidc oidc) {
  public SecurityProperties {
    localUsers = localUsers == null ? List.of() : List.copyOf(localUsers);
    oidc = oidc == null ? new Oidc(null, null, null, null, null, null) : oidc;
  }

  /** Never null: empty when none are configured. */
  @Override
  public List<LocalUser> localUsers() {
    return Objects.requireNonNull(localUsers);
  }

  /** Never null: the defaults when nothing is configured. */
  @Override
  public Oidc oidc() {
    return Objects.requireNonNull(oidc);
  }

  /**
   * A local user: roles from REVIEWER, ADMIN, ML_REVIEW, EMPLOYEE (the workspace only); the team
   * their workspace use is counted and budgeted to.
   */
  public record LocalUser(
      String username, String password, @Nullable List<String> roles, @Nullable String team) {
    @Override
    public String toString() {
      return "LocalUser[" + username + ", password withheld, " + roles + ", team " + team + "]";
    }
  }

  /**
   * Group claim and the groups that make a reviewer, an admin or an ML reviewer; the claim that
   * holds the employee's team.
   */
  public record Oidc(
      @Nullable String groupsClaim,
      @Nullable String reviewerGroup,
      @Nullable String adminGroup,
      @Nullable String mlReviewGroup,
      @Nullable String execGroup,
      @Nullable String teamClaim) {

    /** Never null: {@code team} unless configured. */
    @Override
    public String teamClaim() {
      return Objects.requireNonNull(teamClaim);
    }

    public Oidc {
      teamClaim = teamClaim == null ? "team" : teamClaim;
      groupsClaim = groupsClaim == null ? "groups" : groupsClaim;
      reviewerGroup = reviewerGroup == null ? "onramp-reviewers" : reviewerGroup;
      adminGroup = adminGroup == null ? "onramp-admins" : adminGroup;
      mlReviewGroup = mlReviewGroup == null ? "onramp-ml-review" : mlReviewGroup;
      execGroup = execGroup == null ? "onramp-exec" : execGroup;
    }
  }
}
