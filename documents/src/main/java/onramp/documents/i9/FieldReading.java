package onramp.documents.i9;

/**
 * What a page reader saw in one field: the text (for a checkbox "On" or "") and its confidence.
 * The unit a model-backed {@link I9PageReader} produces too.
 */
public record FieldReading(String text, double confidence) {
  public static final String CHECKED = "On";

  public static FieldReading certain(String text) {
    return new FieldReading(text, 1.0);
  }

  public static FieldReading checkbox(boolean checked, double confidence) {
    return new FieldReading(checked ? CHECKED : "", confidence);
  }

  /** Length and confidence only: a reading may be an SSN, and readings end up in logs. */
  @Override
  public String toString() {
    return "FieldReading[" + text.length() + " characters, confidence " + String.format("%.2f", confidence) + "]";
  }

  public boolean isChecked() {
    return !text.isBlank() && !text.equalsIgnoreCase("Off");
  }
}
