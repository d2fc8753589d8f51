package onramp.documents.synthetic;

/**
 * How {@link I9Filler} delivers the form.
 *
 * @param flatten burn the values into the pages and remove the form fields (as "Print to PDF" does)
 */
public record FillOptions(boolean flatten) {
  public static FillOptions fillable() {
    return new FillOptions(false);
  }

  public static FillOptions flattened() {
    return new FillOptions(true);
  }
}
