package onramp.documents.front;

import java.util.Map;
import java.util.Optional;
import onramp.documents.Evidence;

/**
 * What OCR read from a licence front. A field the reader could not find is absent from {@code
 * fields}; values are normalised for comparison (ISO dates, sex M/F/X, height in total inches).
 *
 * @param fields the fields found, each with its OCR confidence
 * @param rawText everything Tesseract read, line by line (personal data: never log it); when the
 *     whole photo was read as well as the located card, the lines of both readings
 * @param elapsedMillis time spent reading, preprocessing included
 */
public record FrontReading(
    Map<FrontField, Evidence<String>> fields, String rawText, long elapsedMillis) {
  public FrontReading {
    fields = Map.copyOf(fields);
  }

  static FrontReading empty(long elapsedMillis) {
    return new FrontReading(Map.of(), "", elapsedMillis);
  }

  public Optional<Evidence<String>> field(FrontField field) {
    return Optional.ofNullable(fields.get(field));
  }

  public Optional<String> value(FrontField field) {
    return field(field).map(Evidence::value);
  }
}
