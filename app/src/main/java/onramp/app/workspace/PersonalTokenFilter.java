package onramp.app.workspace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import onramp.workspace.AccessTokens;
import onramp.workspace.Employee;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that carries {@code Authorization: Bearer onr_pat_…} as the token's employee
 * (never as an admin); an unknown, revoked or expired token gets 401 in the workspace's error
 * shape.
 */
final class PersonalTokenFilter extends OncePerRequestFilter {
  private final AccessTokens tokens;

  PersonalTokenFilter(AccessTokens tokens) {
    this.tokens = tokens;
  }

  static boolean carriesToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    Optional<Employee> who =
        header == null ? Optional.empty() : tokens.authenticate(header.substring(7).strip());
    if (who.isEmpty()) {
      response.setStatus(401);
      response.setContentType("application/json");
      response
          .getWriter()
          .write(
              "{\"error\":{\"type\":\"authentication_error\",\"message\":\"the personal access"
                  + " token is unknown, revoked or expired; ./onramp users token --user U prints"
                  + " a new one\"}}");
      return;
    }
    UsernamePasswordAuthenticationToken auth =
        UsernamePasswordAuthenticationToken.authenticated(
            who.get(), null, List.of(new SimpleGrantedAuthority("ROLE_EMPLOYEE")));
    SecurityContextHolder.getContext().setAuthentication(auth);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
