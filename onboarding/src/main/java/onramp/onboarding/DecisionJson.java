package onramp.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import onramp.onboarding.decision.Reason;

/** The decision line of DESIGN.md, as one line of JSON. */
public final class DecisionJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DecisionJson() {}

  public static String line(Verification v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("application", v.application());
    out.put("decision", v.decision().name());
    out.put("reasons", v.reasons().stream().map(DecisionJson::reason).toList());
    out.put("fields", v.fields());
    out.put("elapsedMs", v.elapsedMs());
    return write(out);
  }

  /** The line for a folder that could not be processed at all. */
  public static String error(String application, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("application", application);
    out.put("error", message);
    return write(out);
  }

  /** One reason as the decision line writes it: code, severity, message, document, field. */
  public static Map<String, Object> reason(Reason r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.code().name());
    m.put("severity", r.severity().name());
    m.put("message", r.message());
    m.put("document", r.document());
    r.field().ifPresent(f -> m.put("field", f));
    return m;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("decision cannot be written as JSON", e);
    }
  }
}
