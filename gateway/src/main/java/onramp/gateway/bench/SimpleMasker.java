package onramp.gateway.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.gateway.masking.DetectedEntity;
import onramp.gateway.masking.EntityType;
import onramp.gateway.masking.MaskingContext;
import onramp.gateway.masking.MaskingSession;
import onramp.gateway.masking.PersonalDataMasker;

/**
 * A stand-in masker (e-mail addresses and SSNs only) for when the real one is not on the class
 * path; the benchmark says which masker it measured.
 */
final class SimpleMasker implements PersonalDataMasker {
  private static final Pattern PII =
      Pattern.compile("(?<email>[\\w.+-]+@[\\w-]+\\.[\\w.]+)|(?<ssn>\\b\\d{3}-\\d{2}-\\d{4}\\b)");

  @Override
  public List<DetectedEntity> detect(String text, MaskingContext context) {
    List<DetectedEntity> out = new ArrayList<>();
    Matcher m = PII.matcher(text);
    while (m.find()) {
      out.add(new DetectedEntity(m.group("email") != null ? EntityType.EMAIL : EntityType.SSN, m.start(), m.end(), 1));
    }
    return out;
  }

  @Override
  public MaskingSession open(MaskingContext context) {
    return new MaskingSession() {
      private final Map<String, String> placeholders = new HashMap<>();
      private final Map<String, String> values = new HashMap<>();
      private final List<DetectedEntity> entities = new ArrayList<>();
      private final Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);

      @Override
      public String mask(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (DetectedEntity e : detect(text, context)) {
          String value = text.substring(e.start(), e.end());
          String p = placeholders.computeIfAbsent(value, v -> {
            String ph = "[" + e.type() + "_" + counts.merge(e.type(), 1, Integer::sum) + "]";
            values.put(ph, v);
            return ph;
          });
          entities.add(e);
          out.append(text, at, e.start()).append(p);
          at = e.end();
        }
        return out.append(text, at, text.length()).toString();
      }

      @Override
      public String unmask(String text) {
        String out = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
          out = out.replace(e.getKey(), e.getValue());
        }
        return out;
      }

      @Override
      public List<DetectedEntity> entities() {
        return List.copyOf(entities);
      }

      @Override
      public Map<EntityType, Integer> counts() {
        return Map.copyOf(counts);
      }
    };
  }
}
