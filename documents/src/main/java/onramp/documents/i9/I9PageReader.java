package onramp.documents.i9;

import java.awt.image.BufferedImage;
import java.util.Map;
import onramp.documents.Source;

/**
 * Reads the fields printed on one page image of a Form I-9. The OCR implementation maps words to
 * fields by the position of each field on the official form; a model-backed reader (through the
 * gateway) can implement the same call.
 */
public interface I9PageReader {
  /** {@link Source#SCAN_OCR} or {@link Source#MODEL}. */
  Source source();

  /**
   * @param page the page image, the whole page edge to edge
   * @param pageNumber 1..4 as printed on the form
   * @return a reading for every field of {@link I9Field} on that page that holds something (blank
   *     fields may be left out)
   */
  Map<I9Field, FieldReading> read(BufferedImage page, int pageNumber);

  /** The form's own printed footer of page 1 ("Form I-9 Edition 01/20/25 Page 1 of 4"), as read. */
  String footer(BufferedImage page1);
}
