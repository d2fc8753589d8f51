package onramp.documents.front;

/**
 * Whether the OCR reader can run here, and if not, why and what to do about it.
 *
 * @param available true when Tesseract and its English model were loaded
 * @param reason a sentence for a person: where the model was found, or what is missing
 */
public record Availability(boolean available, String reason) {
  static Availability on(String reason) {
    return new Availability(true, reason);
  }

  static Availability off(String reason) {
    return new Availability(false, reason);
  }
}
