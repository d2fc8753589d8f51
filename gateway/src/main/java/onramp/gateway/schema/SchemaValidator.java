package onramp.gateway.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a value against the subset of JSON Schema that typed output uses: {@code type} (one or
 * a list), {@code properties}, {@code required}, {@code additionalProperties: false}, {@code
 * items}, {@code enum}, {@code const}, {@code pattern}, {@code minLength}/{@code maxLength}, {@code
 * minimum}/{@code maximum}, {@code minItems}/{@code maxItems}. Other keywords are ignored, so a
 * richer schema is checked at least this far. Messages name the path, never the value (it may be
 * personal data).
 */
public final class SchemaValidator {
  private SchemaValidator() {}

  /** Every violation, as {@code $.path: what is wrong}; empty when the value is valid. */
  public static List<String> violations(JsonNode schema, JsonNode value) {
    List<String> out = new ArrayList<>();
    check(schema, value, "$", out);
    return out;
  }

  private static void check(JsonNode schema, JsonNode value, String path, List<String> out) {
    if (!schema.isObject()) {
      return;
    }
    JsonNode type = schema.get("type");
    if (type != null && !typeMatches(type, value)) {
      out.add(
          path
              + ": expected "
              + type
              + " but was "
              + value.getNodeType().name().toLowerCase(Locale.ROOT));
      return;
    }
    JsonNode en = schema.get("enum");
    if (en != null && en.isArray() && !contains(en, value)) {
      out.add(path + ": not one of the allowed values");
    }
    JsonNode cn = schema.get("const");
    if (cn != null && !cn.equals(value)) {
      out.add(path + ": not the constant value required");
    }
    if (value.isTextual()) {
      checkString(schema, value.asText(), path, out);
    } else if (value.isNumber()) {
      checkNumber(schema, value.decimalValue(), path, out);
    } else if (value.isObject()) {
      checkObject(schema, value, path, out);
    } else if (value.isArray()) {
      checkArray(schema, value, path, out);
    }
  }

  private static void checkObject(JsonNode schema, JsonNode value, String path, List<String> out) {
    JsonNode props = schema.path("properties");
    for (JsonNode req : schema.path("required")) {
      if (!value.has(req.asText())) {
        out.add(path + "." + req.asText() + ": required but missing");
      }
    }
    boolean closed =
        schema.path("additionalProperties").isBoolean()
            && !schema.path("additionalProperties").asBoolean();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode sub = props.get(e.getKey());
      if (sub != null) {
        check(sub, e.getValue(), path + "." + e.getKey(), out);
      } else if (closed) {
        out.add(path + "." + e.getKey() + ": not allowed (additionalProperties is false)");
      }
    }
  }

  private static void checkArray(JsonNode schema, JsonNode value, String path, List<String> out) {
    if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
      out.add(path + ": fewer than " + schema.get("minItems").asInt() + " items");
    }
    if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
      out.add(path + ": more than " + schema.get("maxItems").asInt() + " items");
    }
    JsonNode items = schema.get("items");
    if (items != null) {
      for (int i = 0; i < value.size(); i++) {
        check(items, value.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private static void checkString(JsonNode schema, String s, String path, List<String> out) {
    int len = s.codePointCount(0, s.length());
    if (schema.has("minLength") && len < schema.get("minLength").asInt()) {
      out.add(path + ": shorter than " + schema.get("minLength").asInt());
    }
    if (schema.has("maxLength") && len > schema.get("maxLength").asInt()) {
      out.add(path + ": longer than " + schema.get("maxLength").asInt());
    }
    if (schema.has("pattern")
        && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
      out.add(path + ": does not match pattern " + schema.get("pattern").asText());
    }
  }

  private static void checkNumber(
      JsonNode schema, java.math.BigDecimal n, String path, List<String> out) {
    if (schema.has("minimum") && n.compareTo(schema.get("minimum").decimalValue()) < 0) {
      out.add(path + ": below minimum " + schema.get("minimum"));
    }
    if (schema.has("maximum") && n.compareTo(schema.get("maximum").decimalValue()) > 0) {
      out.add(path + ": above maximum " + schema.get("maximum"));
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" ->
          value.isIntegralNumber()
              || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> true;
    };
  }

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode v : array) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
