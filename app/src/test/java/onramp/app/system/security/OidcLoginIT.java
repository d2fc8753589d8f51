package onramp.app.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import onramp.testsupport.Browser;
import onramp.testsupport.RunningApp;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * With an OIDC client configured, /login offers single sign-on and hands the browser to the
 * provider; in production mode it is the only way in, and the session cookie is Secure, as it is
 * behind a proxy that says the browser came over https.
 */
class OidcLoginIT {
  private static final String P = "--spring.security.oauth2.client.";
  private static final List<String> CORP =
      List.of(
          P + "registration.corp.client-id=onramp",
          P + "registration.corp.client-secret=secret",
          P + "registration.corp.authorization-grant-type=authorization_code",
          P + "registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
          P + "registration.corp.scope=openid,profile",
          P + "provider.corp.authorization-uri=http://127.0.0.1:9/authorize",
          P + "provider.corp.token-uri=http://127.0.0.1:9/token",
          P + "provider.corp.jwk-set-uri=http://127.0.0.1:9/jwks",
          P + "provider.corp.user-name-attribute=sub");

  private static RunningApp start(String... more) throws Exception {
    List<String> args = new ArrayList<>(CORP);
    args.addAll(List.of(more));
    return RunningApp.start(args.toArray(String[]::new));
  }

  /** The session cookie a first visit to the provider hand-off sets, with its attributes. */
  private static String sessionCookie(RunningApp app, boolean forwardedHttps) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create("http://localhost:" + app.port() + "/oauth2/authorization/corp"));
    if (forwardedHttps) {
      request.header("X-Forwarded-Proto", "https");
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
  }

  @Test
  void inProductionWithSingleSignOnPasswordsSignNobodyInAndTheSessionCookieIsSecure()
      throws Exception {
    String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(RunningApp.PASSWORD);
    try (RunningApp app =
        start(
            "--onramp.mode=production",
            "--onramp.security.local-users[0].password=" + hash,
            "--onramp.security.local-users[1].password=" + hash)) {
      Browser browser = new Browser(app.port());
      String login = browser.get("/login").body();
      browser.get("/apply"); // a page with a form, for a valid CSRF token
      browser.post("/login", Map.of("username", RunningApp.ADMIN, "password", RunningApp.PASSWORD));
      String ops = browser.get("/ops").body();

      assertThat(login).contains("Sign in with corp").doesNotContain("name=\"password\"");
      assertThat(ops)
          .contains("Sign in to the back office")
          .doesNotContain("Onboarding operations");
      assertThat(sessionCookie(app, false)).contains("; Secure");
    }
  }

  @Test
  void locallyTheSameCredentialsSignInAndTheCookieIsSecureOnlyWhenTheProxySaysHttps()
      throws Exception {
    try (RunningApp app = start()) {
      Browser browser = new Browser(app.port());
      browser.get("/login");
      browser.post("/login", Map.of("username", RunningApp.ADMIN, "password", RunningApp.PASSWORD));

      assertThat(browser.get("/ops").body()).contains("Onboarding operations");
      assertThat(sessionCookie(app, false)).doesNotContain("Secure");
      assertThat(sessionCookie(app, true)).contains("; Secure");
    }
  }

  @Test
  void aConfiguredClientAppearsOnTheLoginPageAndRedirectsToTheProvider() throws Exception {
    try (RunningApp app = start()) {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://localhost:" + app.port();

      String login =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      HttpResponse<String> start =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/oauth2/authorization/corp")).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(login)
          .contains("Sign in with corp", "/oauth2/authorization/corp", "id=\"sign-in\"");
      assertThat(start.statusCode()).isEqualTo(302);
      assertThat(start.headers().firstValue("Location"))
          .hasValueSatisfying(
              l ->
                  assertThat(l)
                      .startsWith(
                          "http://127.0.0.1:9/authorize?response_type=code&client_id=onramp&scope=openid%20profile"));
    }
  }
}
