package onramp.app.workspace;

import onramp.app.system.security.Teams;
import onramp.workspace.Employee;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the signed-in {@link Employee}: the token's employee for API calls with a
 * personal access token, else the session's user with their team ({@link Teams}) and whether they
 * are an admin.
 */
public final class CurrentEmployee implements HandlerMethodArgumentResolver {
  private final Teams teams;

  CurrentEmployee(Teams teams) {
    this.teams = teams;
  }

  /** The signed-in employee of {@code who}. */
  public Employee of(Authentication who) {
    if (who.getPrincipal() instanceof Employee e) {
      return e;
    }
    return new Employee(who.getName(), teams.of(who), Teams.admin(who));
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(Employee.class);
  }

  @Override
  public Employee resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer mav,
      NativeWebRequest request,
      @Nullable WebDataBinderFactory binders) {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (who == null || !who.isAuthenticated()) {
      throw new IllegalStateException(
          "no one is signed in (the security rules should have said 401)");
    }
    return of(who);
  }
}
