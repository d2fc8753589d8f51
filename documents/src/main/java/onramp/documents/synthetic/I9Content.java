package onramp.documents.synthetic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import onramp.documents.i9.FieldReading;
import onramp.documents.i9.I9Field;
import onramp.documents.i9.Ssn;

/**
 * What to write into a blank Form I-9, as plain strings so a test can write anything a person might
 * ("13/45/2026", "N/A", an SSN "000-12-3456"). Checkboxes take "On" (checked) or blank. Immutable:
 * {@link #with} returns a copy. {@link #toString()} never shows the SSN.
 */
public record I9Content(Map<I9Field, String> values) {
  public I9Content {
    Map<I9Field, String> copy = new EnumMap<>(I9Field.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  public static I9Content empty() {
    return new I9Content(Map.of());
  }

  public I9Content with(I9Field field, String value) {
    Map<I9Field, String> copy = new EnumMap<>(I9Field.class);
    copy.putAll(values);
    copy.put(field, value);
    return new I9Content(copy);
  }

  public I9Content without(I9Field field) {
    Map<I9Field, String> copy = new EnumMap<>(I9Field.class);
    copy.putAll(values);
    copy.remove(field);
    return new I9Content(copy);
  }

  /** Checks a checkbox field. */
  public I9Content checked(I9Field box) {
    return with(box, FieldReading.CHECKED);
  }

  public Optional<String> get(I9Field field) {
    return Optional.ofNullable(values.get(field));
  }

  @Override
  public String toString() {
    Map<I9Field, String> shown = new EnumMap<>(I9Field.class);
    shown.putAll(values);
    shown.computeIfPresent(
        I9Field.SSN, (k, v) -> Ssn.of(v, onramp.documents.Source.APPLICANT, 1).masked());
    return "I9Content" + shown;
  }
}
