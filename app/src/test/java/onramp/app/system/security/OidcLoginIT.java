package onramp.app.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import onramp.testsupport.RunningApp;
import org.junit.jupiter.api.Test;

/**
 * With an OIDC client configured, /login offers single sign-on and hands the browser to the
 * provider.
 */
class OidcLoginIT {
  @Test
  void aConfiguredClientAppearsOnTheLoginPageAndRedirectsToTheProvider() throws Exception {
    String p = "--spring.security.oauth2.client.";
    try (RunningApp app =
        RunningApp.start(
            p + "registration.corp.client-id=onramp",
            p + "registration.corp.client-secret=secret",
            p + "registration.corp.authorization-grant-type=authorization_code",
            p + "registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            p + "registration.corp.scope=openid,profile",
            p + "provider.corp.authorization-uri=http://127.0.0.1:9/authorize",
            p + "provider.corp.token-uri=http://127.0.0.1:9/token",
            p + "provider.corp.jwk-set-uri=http://127.0.0.1:9/jwks",
            p + "provider.corp.user-name-attribute=sub")) {
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
