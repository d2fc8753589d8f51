package onramp.app.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import onramp.app.apply.DecisionRecord;
import onramp.documents.Confidence;
import onramp.onboarding.decision.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The case page's field tables: for each field read, its value, where it came from and how sure the
 * reader was ({@code fields.dl.evidence}, {@code fields.i9}), flagged when a reason names it.
 */
record Evidence(List<Row> licence, List<Row> i9, Set<String> flagged) {
  /** One field. Confidence is empty where the source is certain or does not say. */
  record Row(
      String field,
      String value,
      String source,
      String confidence,
      String frontValue,
      String frontSource,
      boolean flagged,
      boolean lowConfidence) {}

  @SuppressWarnings("unchecked")
  static Evidence of(CaseView c) {
    Map<String, Object> fields = c.system().map(DecisionRecord::fields).orElse(Map.of());
    Set<String> flagged =
        c.system()
            .map(
                d ->
                    d.reasons().stream()
                        .filter(r -> r.severity() != Severity.INFO)
                        .flatMap(r -> r.field().stream())
                        .map(f -> f.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet()))
            .orElse(Set.of());
    List<Row> dl = new ArrayList<>();
    Map<String, Object> dlFields = map(fields.get("dl"));
    Map<String, Object> evidence = map(dlFields.get("evidence"));
    for (String key : union(dlFields.keySet(), evidence.keySet())) {
      if ("evidence".equals(key)) {
        continue;
      }
      Map<String, Object> e = map(evidence.get(key));
      Map<String, Object> front = map(e.get("front"));
      double confidence = number(e.get("confidence"));
      dl.add(
          new Row(
              key,
              text(dlFields.get(key)),
              text(e.get("source")),
              percent(e.get("confidence")),
              text(front.get("value")),
              front.isEmpty()
                  ? ""
                  : text(front.get("source")) + " " + percent(front.get("confidence")),
              flagged.contains(key.toLowerCase(Locale.ROOT)),
              confidence > 0 && confidence < Confidence.CONFIDENT));
    }
    List<Row> i9 = new ArrayList<>();
    Map<String, Object> i9Fields = map(fields.get("i9"));
    String source = text(i9Fields.get("source"));
    Collection<Object> low =
        i9Fields.get("lowConfidence") instanceof Collection<?> l
            ? (Collection<Object>) l
            : List.of();
    for (var e : i9Fields.entrySet()) {
      if (Set.of("source", "lowConfidence").contains(e.getKey())) {
        continue;
      }
      boolean isLow =
          low.stream()
              .anyMatch(x -> String.valueOf(x).replace("_", "").equalsIgnoreCase(e.getKey()));
      i9.add(
          new Row(
              e.getKey(),
              text(e.getValue()),
              source,
              isLow ? "low" : "",
              "",
              "",
              flagged.contains(e.getKey().toLowerCase(Locale.ROOT)),
              isLow));
    }
    return new Evidence(dl, i9, flagged);
  }

  private static List<String> union(Collection<String> a, Collection<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(k -> !out.contains(k)).forEach(out::add);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String text(@Nullable Object o) {
    if (o == null) {
      return "";
    }
    if (o instanceof Map<?, ?> m) {
      return m.values().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    if (o instanceof Collection<?> c) {
      return c.stream().map(Evidence::text).collect(Collectors.joining("; "));
    }
    return String.valueOf(o);
  }

  private static double number(@Nullable Object o) {
    return o instanceof Number n ? n.doubleValue() : 0;
  }

  private static String percent(@Nullable Object o) {
    return o instanceof Number n ? Math.round(n.doubleValue() * 100) + "%" : "";
  }
}
