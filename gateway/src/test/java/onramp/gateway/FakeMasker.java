package onramp.gateway;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * A test stand-in for the real masker: finds e-mail addresses and SSN-shaped numbers only. The
 * gateway is tested against the port; the real {@code PatternMasker} is wired by the application.
 */
public final class FakeMasker implements PersonalDataMasker {
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
  private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");

  @Override
  public List<DetectedEntity> detect(String text, MaskingContext context) {
    List<DetectedEntity> out = new ArrayList<>();
    find(EMAIL, EntityType.EMAIL, text, out);
    find(SSN, EntityType.SSN, text, out);
    out.sort(java.util.Comparator.comparingInt(DetectedEntity::start));
    return out;
  }

  private static void find(Pattern p, EntityType type, String text, List<DetectedEntity> out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new DetectedEntity(type, m.start(), m.end(), 1.0));
    }
  }

  @Override
  public MaskingSession open(MaskingContext context) {
    return new Session(this, context);
  }

  private static final class Session implements MaskingSession {
    private final FakeMasker masker;
    private final MaskingContext context;
    private final Map<String, String> byValue = new LinkedHashMap<>();
    private final Map<String, String> byPlaceholder = new LinkedHashMap<>();
    private final List<DetectedEntity> entities = new ArrayList<>();
    private final Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);

    Session(FakeMasker masker, MaskingContext context) {
      this.masker = masker;
      this.context = context;
    }

    @Override
    public List<onramp.gateway.masking.Replacement> replacements() {
      List<onramp.gateway.masking.Replacement> out = new ArrayList<>();
      byPlaceholder.forEach(
          (p, v) ->
              out.add(
                  new onramp.gateway.masking.Replacement(
                      EntityType.valueOf(p.substring(1, p.lastIndexOf('_'))), p, v)));
      return out;
    }

    @Override
    public String mask(String text) {
      StringBuilder out = new StringBuilder();
      int at = 0;
      for (DetectedEntity e : masker.detect(text, context)) {
        String value = text.substring(e.start(), e.end());
        String placeholder =
            byValue.computeIfAbsent(
                value,
                v -> {
                  int n = counts.merge(e.type(), 1, Integer::sum);
                  String p = "[" + e.type() + "_" + n + "]";
                  byPlaceholder.put(p, v);
                  return p;
                });
        entities.add(e);
        out.append(text, at, e.start()).append(placeholder);
        at = e.end();
      }
      return out.append(text.substring(at)).toString();
    }

    @Override
    public String unmask(String text) {
      String out = text;
      for (Map.Entry<String, String> e : byPlaceholder.entrySet()) {
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
  }
}
