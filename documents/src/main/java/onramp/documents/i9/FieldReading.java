package onramp.documents.i9;

/**
 * What a page reader saw in one field: the text (for a checkbox "On" or "") and its confidence. The
 * unit a model-backed {@link I9PageReader} produces too.
 *
 * @param clipped the writing runs into the right end of the field's box on the image, where the
 *     form cuts off what does not fit: the text may be only the start of the value, and its last
 *     character may be a sliver of a letter
 */
public record FieldReading(String text, double confidence, boolean clipped) {
  public static final String CHECKED = "On";

  /** A reading that ends inside its box. */
  public FieldReading(String text, double confidence) {
    this(text, confidence, false);
  }

  public static FieldReading certain(String text) {
    return new FieldReading(text, 1.0);
  }

  public static FieldReading checkbox(boolean checked, double confidence) {
    return new FieldReading(checked ? CHECKED : "", confidence);
  }

  /** Length and confidence only: a reading may be an SSN, and readings end up in logs. */
  @Override
  public String toString() {
    return "FieldReading["
        + text.length()
        + " characters, confidence "
        + String.format("%.2f", confidence)
        + (clipped ? ", clipped" : "")
        + "]";
  }

  public boolean isChecked() {
    return !text.isBlank() && !text.equalsIgnoreCase("Off");
  }

  /** The same reading, marked as running into the right end of its box. */
  FieldReading asClipped() {
    return new FieldReading(text, confidence, true);
  }
}
