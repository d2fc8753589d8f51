package onramp.gateway.fake;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Failures a client can ask the fake vendor for, so that anyone can see how a tool behaves when the
 * vendor fails: per request with the header {@code x-fake-fail: 529}, or for the next call with
 * {@code POST /_fake/next} and the same word as the body.
 *
 * <ul>
 *   <li>{@code 429}: rate limited, {@code retry-after: 1}
 *   <li>{@code 529}: overloaded (Anthropic's status; Bedrock and OpenAI wires say it their way)
 *   <li>any other status from 400 to 599: that status with a vendor-style error body
 *   <li>{@code timeout}: answers only after 5 minutes, longer than any client waits
 *   <li>{@code slow}: answers after 3 seconds
 *   <li>{@code malformed}: HTTP 200 with a body that is not the wire's JSON
 * </ul>
 */
public final class FailOnDemand {
  public static final String HEADER = "x-fake-fail";

  /**
   * The same word as a body field: how the gateway service passes a client's {@link #HEADER} on
   * (SDKs forward unknown body fields, not headers). The service spells it out itself, since
   * production code never depends on the fake.
   */
  public static final String BODY_FIELD = "onramp_fake_fail";

  public static final String CONTROL_PATH = "/_fake/next";

  private FailOnDemand() {}

  /**
   * The script for {@code word}.
   *
   * @throws IllegalArgumentException naming the words understood
   */
  public static Script parse(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return switch (w) {
      case "429" -> Script.rateLimited(Duration.ofSeconds(1));
      case "529" -> Script.overloaded();
      case "timeout" -> Script.slow(Duration.ofMinutes(5), Script.overloaded());
      case "slow" ->
          Script.slow(
              Duration.ofSeconds(3),
              Script.reply(
                  "Slow answer from the fake vendor", new onramp.gateway.Usage(12, 7, 0, 0, 0)));
      case "malformed" -> Script.malformed("<html>not the vendor's JSON</html>");
      default ->
          status(w)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the fake vendor understands 429, 529, another status 400-599, timeout, slow or malformed,"
                              + " not '"
                              + word.strip()
                              + "'"));
    };
  }

  private static Optional<Script> status(String w) {
    if (!w.matches("[45][0-9][0-9]")) {
      return Optional.empty();
    }
    return Optional.of(
        Script.failure(Integer.parseInt(w), "Failure asked for by the client (" + w + ")"));
  }
}
