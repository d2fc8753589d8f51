package onramp.documents.synthetic;

import static onramp.documents.front.FrontField.*;

import java.util.List;
import onramp.documents.front.FrontField;
import onramp.documents.front.PrintedFormats;

/**
 * Which fields share a row, for each placement. Rows are printed top to bottom right of the
 * portrait.
 */
final class FrontLayout {
  /** One labelled field; the address has two value lines. */
  record Cell(String label, List<String> lines, boolean bold) {}

  private FrontLayout() {}

  static List<List<Cell>> rows(FrontContent c, FrontStyle style) {
    Cell number = cell(style, LICENSE_NUMBER, false, c.licenceNumber());
    Cell expires =
        cell(style, EXPIRATION_DATE, false, PrintedFormats.formatDate(c.expirationDate()));
    Cell issued = cell(style, ISSUE_DATE, false, PrintedFormats.formatDate(c.issueDate()));
    Cell last = cell(style, LAST_NAME, true, c.familyNameLine());
    Cell first = cell(style, FIRST_NAME, true, c.givenNamesLine());
    Cell address = cell(style, ADDRESS_STREET, false, c.street(), c.cityStateZipLine());
    Cell born = cell(style, DATE_OF_BIRTH, false, PrintedFormats.formatDate(c.dateOfBirth()));
    Cell sex = cell(style, SEX, false, c.sex());
    Cell height = cell(style, HEIGHT, false, PrintedFormats.formatHeight(c.heightInches()));
    Cell eyes = cell(style, EYE_COLOR, false, c.eyeColor());
    Cell licenceClass = cell(style, LICENSE_CLASS, false, c.licenseClass());
    Cell endorsements = cell(style, ENDORSEMENTS, false, c.endorsements());
    Cell restrictions = cell(style, RESTRICTIONS, false, c.restrictions());
    return switch (style.placement()) {
      case INLINE ->
          List.of(
              List.of(number),
              List.of(expires, issued),
              List.of(last),
              List.of(first),
              List.of(address),
              List.of(born),
              List.of(sex, height, eyes),
              List.of(licenceClass, endorsements, restrictions));
      case ABOVE ->
          List.of(
              List.of(number, expires),
              List.of(last),
              List.of(first),
              List.of(address),
              List.of(born, issued, sex),
              List.of(height, eyes, licenceClass),
              List.of(endorsements, restrictions));
    };
  }

  private static Cell cell(FrontStyle style, FrontField field, boolean bold, String... lines) {
    return new Cell(style.labels().label(field).orElse(""), List.of(lines), bold);
  }
}
