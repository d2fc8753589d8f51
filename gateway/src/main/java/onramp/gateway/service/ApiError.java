package onramp.gateway.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;
import onramp.gateway.BudgetExceededException;
import onramp.gateway.CircuitOpenException;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.GatewayException;
import onramp.gateway.InvalidOutputException;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.VendorException;

/**
 * An error as the Anthropic Messages API reports it: a status and an error type its SDKs map to
 * their exception classes and retry rules (401 authentication, 403 permission, 404 not found, 413
 * too large, 429 rate limit with {@code retry-after}, 500 api error, 529 overloaded).
 *
 * @param type Anthropic's error type, e.g. {@code rate_limit_error}
 * @param code the gateway's own code for the audit trail and for people ({@code BUDGET_EXCEEDED})
 */
public record ApiError(
    int status, String type, String code, String message, Optional<Duration> retryAfter) {

  public static ApiError of(int status, String type, String code, String message) {
    return new ApiError(status, type, code, message, Optional.empty());
  }

  static ApiError badRequest(String message) {
    return of(400, "invalid_request_error", "INVALID_REQUEST", message);
  }

  static ApiError unauthenticated(String message) {
    return of(401, "authentication_error", "KEY_REFUSED", message);
  }

  static ApiError forbidden(String code, String message) {
    return of(403, "permission_error", code, message);
  }

  static ApiError notFound(String message) {
    return of(404, "not_found_error", "NOT_FOUND", message);
  }

  static ApiError tooLarge(String message) {
    return of(413, "request_too_large", "REQUEST_TOO_LARGE", message);
  }

  static ApiError rateLimited(String code, String message, Duration retryAfter) {
    return new ApiError(429, "rate_limit_error", code, message, Optional.of(retryAfter));
  }

  /**
   * The error for a failure of the governed call. Vendor failures keep their meaning (a vendor's
   * 429 stays a 429 with its {@code retry-after}; overloaded is 529) so the caller's SDK retries
   * exactly as it would against the vendor; the gateway's own credentials being refused is the
   * gateway's fault (502), never the caller's.
   *
   * @param now the service's clock, for an open circuit's {@code retry-after}
   */
  static ApiError of(GatewayException e, Duration untilBudgetResets, java.time.Instant now) {
    return switch (e) {
      case PolicyRefusedException p ->
          switch (p.reason()) {
            case MODEL_UNKNOWN -> of(404, "not_found_error", p.code(), msg(p));
            case VENDOR_NOT_CONFIGURED, WIRE_NOT_SUPPORTED ->
                of(503, "api_error", p.code(), msg(p));
            default -> forbidden(p.code(), msg(p));
          };
      case BudgetExceededException b ->
          new ApiError(429, "rate_limit_error", b.code(), msg(b), Optional.of(untilBudgetResets));
      case CircuitOpenException c ->
          new ApiError(
              529,
              "overloaded_error",
              c.code(),
              msg(c),
              Optional.of(
                  Duration.between(now, c.retryAt()).isNegative()
                      ? Duration.ZERO
                      : Duration.between(now, c.retryAt())));
      case VendorException v -> vendor(v);
      case InvalidOutputException i -> of(502, "api_error", i.code(), msg(i));
      case GatewayConfigException g -> of(500, "api_error", g.code(), msg(g));
    };
  }

  private static ApiError vendor(VendorException v) {
    String code = v.code();
    return switch (v.kind()) {
      case BAD_REQUEST -> of(400, "invalid_request_error", code, msg(v));
      case TOO_LARGE -> of(413, "request_too_large", code, msg(v));
      case RATE_LIMITED ->
          new ApiError(
              429,
              "rate_limit_error",
              code,
              msg(v),
              Optional.of(v.retryAfter().orElse(Duration.ofSeconds(1))));
      case OVERLOADED -> new ApiError(529, "overloaded_error", code, msg(v), v.retryAfter());
      case TIMEOUT -> of(504, "api_error", code, msg(v));
      case UNAUTHORIZED, SERVER_ERROR, NETWORK, MALFORMED_RESPONSE ->
          of(502, "api_error", code, msg(v));
    };
  }

  private static String msg(Throwable e) {
    return String.valueOf(e.getMessage());
  }

  /** {@code {"type":"error","error":{"type":…,"message":…},"request_id":…}} */
  ObjectNode anthropicJson(String requestId) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("type", "error");
    root.putObject("error").put("type", type).put("message", message);
    root.put("request_id", requestId);
    return root;
  }

  /** Seconds for the {@code retry-after} header, rounded up. */
  Optional<String> retryAfterSeconds() {
    return retryAfter.map(d -> Long.toString(Math.max(1, (d.toMillis() + 999) / 1000)));
  }
}
