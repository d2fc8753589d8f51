package onramp.app.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs an applicant in to exactly one application: the principal is {@code applicant:<id>}, so
 * every applicant page reads the id from the session, never from the URL.
 */
@Component
public class ApplicantSignIn {
  private static final String PREFIX = "applicant:";
  private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

  public void signIn(UUID application, HttpServletRequest request, HttpServletResponse response) {
    if (request.getSession(false) != null) {
      request.changeSessionId(); // no session fixation
    }
    Authentication auth =
        UsernamePasswordAuthenticationToken.authenticated(
            PREFIX + application,
            null,
            List.of(new SimpleGrantedAuthority("ROLE_" + Roles.APPLICANT)));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    repository.saveContext(context, request, response);
  }

  /** The application of the signed-in applicant, if the caller is one. */
  public static Optional<UUID> application(Authentication auth) {
    if (auth == null || !auth.getName().startsWith(PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(auth.getName().substring(PREFIX.length())));
  }
}
