package onramp.documents.i9;

import onramp.documents.Confidence;
import onramp.documents.Source;

/**
 * A checkbox on the form: whether it is checked, where that was read and how sure the reader is.
 */
public record CheckBox(I9Field field, boolean checked, Source source, double confidence) {
  public boolean isLowConfidence() {
    return !Confidence.confident(confidence);
  }

  @Override
  public String toString() {
    return field.label() + "=" + (checked ? "checked" : "unchecked");
  }
}
