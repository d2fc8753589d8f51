package onramp.gateway.masking;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders are {@code [TYPE_n]}, numbered per type in order of first sight; the same exact
 * value of the same type always gets the same one. {@link #unmask} also accepts a placeholder the
 * model wrote without its brackets ({@code SSN_1}), but only one this session issued.
 */
final class PatternMaskingSession implements MaskingSession {
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\[([A-Z][A-Z_]*_\\d{1,6})\\]|(?<![A-Za-z0-9_\\[])([A-Z][A-Z_]*_\\d{1,6})(?![A-Za-z0-9_\\]])");

  private final PersonalDataMasker masker;
  private final MaskingContext context;
  private final Map<String, String> placeholderByValue = new HashMap<>();
  private final Map<String, String> valueByPlaceholder = new LinkedHashMap<>();
  private final EnumMap<EntityType, Integer> issued = new EnumMap<>(EntityType.class);
  private final EnumMap<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
  private final List<DetectedEntity> entities = new ArrayList<>();

  PatternMaskingSession(PersonalDataMasker masker, MaskingContext context) {
    this.masker = masker;
    this.context = context;
  }

  @Override
  public synchronized String mask(String text) {
    List<DetectedEntity> found = masker.detect(text, context);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16 * found.size());
    int last = 0;
    for (DetectedEntity e : found) {
      out.append(text, last, e.start())
          .append('[')
          .append(placeholder(e.type(), text.substring(e.start(), e.end())))
          .append(']');
      last = e.end();
      counts.merge(e.type(), 1, Integer::sum);
    }
    entities.addAll(found);
    return out.append(text, last, text.length()).toString();
  }

  private String placeholder(EntityType type, String value) {
    String key = type.name() + '\u0000' + value;
    String name = placeholderByValue.get(key);
    if (name == null) {
      int n = issued.merge(type, 1, Integer::sum);
      name = type.name() + '_' + n;
      placeholderByValue.put(key, name);
      valueByPlaceholder.put(name, value);
    }
    return name;
  }

  @Override
  public synchronized String unmask(String text) {
    if (valueByPlaceholder.isEmpty()) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String value = valueByPlaceholder.get(name);
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    return m.appendTail(out).toString();
  }

  @Override
  public synchronized List<DetectedEntity> entities() {
    return List.copyOf(entities);
  }

  @Override
  public synchronized List<Replacement> replacements() {
    List<Replacement> out = new ArrayList<>(valueByPlaceholder.size());
    valueByPlaceholder.forEach(
        (placeholder, value) ->
            out.add(
                new Replacement(
                    EntityType.valueOf(placeholder.substring(0, placeholder.lastIndexOf('_'))),
                    "[" + placeholder + "]",
                    value)));
    return out;
  }

  @Override
  public synchronized Map<EntityType, Integer> counts() {
    return Map.copyOf(counts);
  }
}
