package onramp.documents.i9;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Recognises a Form I-9 and its edition from the printed footer ("Form I-9 Edition 01/20/25",
 * "Form I-9 10/21/2019") or, failing that, from the AcroForm field set.
 */
final class Editions {
  private static final Pattern FOOTER = Pattern.compile(
      "Form\\s*[I|l1]\\s*[-‐–]?\\s*9\\s*(?:Edition\\s*)?(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{2,4})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE = Pattern.compile(
      "Employment\\s+Eligibility\\s+Verification|Form\\s*[I|l1]\\s*[-‐–]\\s*9", Pattern.CASE_INSENSITIVE);

  private Editions() {}

  static Optional<Edition> fromText(String text, Edition.Basis basis) {
    Matcher m = FOOTER.matcher(text);
    return m.find() ? Optional.of(new Edition(m.group(1).replaceAll("\\s", ""), basis)) : Optional.empty();
  }

  static boolean looksLikeI9(String text) {
    return TITLE.matcher(text).find();
  }

  /** The printed text of the first page (where the footer names the edition). */
  static String firstPageText(String name, PDDocument doc) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      return stripper.getText(doc);
    } catch (IOException | RuntimeException e) {
      throw SafePdf.damaged(name, e);
    }
  }

  /** The edition of a PDF, by footer text or else by the field set; empty if it is not an I-9. */
  static Optional<Edition> of(String firstPageText, Map<I9Field, FieldReading> fields) {
    Optional<Edition> printed = fromText(firstPageText, Edition.Basis.FORM_TEXT);
    if (printed.isPresent()) {
      return printed;
    }
    if (fields.size() == I9Field.values().length) {
      return Optional.of(new Edition(Edition.CURRENT, Edition.Basis.FIELD_SET));
    }
    if (looksLikeI9(firstPageText) || fields.size() >= 5) {
      return Optional.of(Edition.unknown());
    }
    return Optional.empty();
  }
}
