package onramp.documents.i9;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.Source;
import onramp.documents.i9.I9Exception.Reason;
import onramp.documents.image.SafeImages;
import onramp.documents.ocr.OcrUnavailableException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a Form I-9: a fillable PDF by its AcroForm fields; a flattened PDF (no field values) or
 * page images by rendering and reading each page by position ({@link I9PageReader}, Tesseract by
 * default). Every read throws {@link I9Exception} when the file is at fault, and the Tesseract
 * reader throws {@link OcrUnavailableException} when a flattened or scanned form needs OCR that
 * this machine lacks.
 */
public final class I9Reader {
  /** Resolution for rendering a flattened PDF before OCR. */
  static final int RENDER_DPI = 300;

  private static final I9Reader STANDARD =
      new I9Reader(new OcrPageReader(OcrPageReader.lazyEngines()));

  private final I9PageReader pageReader;

  private I9Reader(I9PageReader pageReader) {
    this.pageReader = pageReader;
  }

  /**
   * AcroForm fields, and Tesseract OCR for flattened or scanned forms, with the English model from
   * system property {@code onramp.tessdata}, else {@code TESSDATA_PREFIX}, else Debian's {@code
   * tesseract-ocr-eng} (the same lookup as the licence-front reader).
   */
  public static I9Reader standard() {
    return STANDARD;
  }

  /**
   * AcroForm fields, and Tesseract OCR with the English model in {@code tessdata} (the folder
   * holding {@code eng.traineddata}, or its parent). Without the model, reading a flattened or
   * scanned form throws {@link OcrUnavailableException}; fillable forms still read.
   */
  public static I9Reader using(Path tessdata) {
    return new I9Reader(new OcrPageReader(OcrPageReader.lazyEngines(() -> tessdata)));
  }

  /** A reader that reads scans with another page reader (e.g. a model through the gateway). */
  public static I9Reader with(I9PageReader pageReader) {
    return new I9Reader(pageReader);
  }

  public I9Form read(Path pdf) {
    String name = pdf.getFileName().toString();
    try {
      long size = Files.size(pdf);
      if (size > SafePdf.MAX_BYTES) {
        throw SafePdf.tooManyBytes(name, size);
      }
      return read(name, Files.readAllBytes(pdf));
    } catch (IOException e) {
      throw new I9Exception(name, Reason.DAMAGED, name + " cannot be opened: " + e.getMessage(), e);
    }
  }

  public I9Form read(String name, byte[] pdf) {
    PDDocument doc = SafePdf.open(name, pdf);
    try {
      // Fields and pages are walked recursively by PDFBox too (a field's /Kids, a form XObject).
      return SafePdf.withinStack(name, () -> read(name, doc));
    } finally {
      SafePdf.closeQuietly(doc);
    }
  }

  private I9Form read(String name, PDDocument doc) {
    String text = Editions.firstPageText(name, doc);
    Map<I9Field, FieldReading> fields = AcroFormFields.read(doc);
    Optional<Edition> older =
        Editions.fromText(text, Edition.Basis.FORM_TEXT)
            .or(() -> Editions.fromXfa(doc))
            .filter(e -> !e.isCurrent());
    if (older.isPresent()) {
      // An older edition (an XFA form before 08/01/23, whose pages show only "Please wait..."):
      // what its AcroForm fields hold is read; its pages are not read by the current layout.
      return I9Mapper.map(fields, Source.FORM_FIELD, older.get());
    }
    if (AcroFormFields.anyFilled(fields)) {
      Edition edition = Editions.of(text, fields).orElseThrow(() -> notAnI9(name));
      return I9Mapper.map(fields, Source.FORM_FIELD, edition);
    }
    Optional<Edition> edition = Editions.of(text, fields);
    if (edition.isEmpty() && !text.isBlank()) {
      throw notAnI9(name);
    }
    List<BufferedImage> pages = PdfPages.render(name, doc, RENDER_DPI);
    return readPages(name, pages, edition);
  }

  /** Page images in form order (page 1 first); pages 3 and 4 only if Supplement A or B is used. */
  public I9Form readScan(List<BufferedImage> pages) {
    return readPages("i9-page1.png", pages, Optional.empty());
  }

  /** Page image files (PNG or JPEG), in form order, e.g. i9-page1.png, i9-page2.png. */
  public I9Form readScanFiles(List<Path> pages) {
    List<BufferedImage> images = new ArrayList<>();
    for (Path p : pages) {
      images.add(SafeImages.read(p));
    }
    String name = pages.isEmpty() ? "i9-page1.png" : pages.get(0).getFileName().toString();
    return readPages(name, images, Optional.empty());
  }

  private I9Form readPages(String name, List<BufferedImage> pages, Optional<Edition> known) {
    if (pages.isEmpty()) {
      throw new I9Exception(
          name,
          Reason.UNREADABLE_SCAN,
          "no page of the Form I-9 was supplied; send page 1 at least.");
    }
    Map<I9Field, FieldReading> readings = new EnumMap<>(I9Field.class);
    BufferedImage page1 = pages.get(0);
    for (int i = 0; i < pages.size() && i < 4; i++) {
      if (i != 1) {
        BufferedImage page = flat(name, pages.get(i), i + 1);
        page1 = i == 0 ? page : page1;
        readings.putAll(readPage(name, page, i + 1));
      }
    }
    BufferedImage firstPage = page1;
    Edition edition = known.orElseGet(() -> scannedEdition(name, firstPage, readings));
    return I9Mapper.map(readings, pageReader.source(), edition);
  }

  private Map<I9Field, FieldReading> readPage(String name, BufferedImage page, int pageNumber) {
    try {
      return pageReader.read(page, pageNumber);
    } catch (ReadBudgetSpent e) {
      throw new I9Exception(
          name,
          Reason.UNREADABLE_SCAN,
          name
              + ": page "
              + pageNumber
              + " of the Form I-9 could not be"
              + " read ("
              + e.getMessage()
              + "); it does not look like a clean scan or photo of the form. A person reads it.",
          e);
    }
  }

  /**
   * The page as the page reader wants it, edge to edge: a scan or render as it is, a photo of the
   * page on a desk rectified ({@link PagePhoto}).
   */
  private static BufferedImage flat(String name, BufferedImage image, int pageNumber) {
    return switch (PagePhoto.of(image)) {
      case PagePhoto.Outcome.Scan scan -> image;
      case PagePhoto.Outcome.Photo photo -> photo.page();
      case PagePhoto.Outcome.NoPage none ->
          throw new I9Exception(
              name,
              Reason.UNREADABLE_SCAN,
              name
                  + " looks like a photo, but no sheet of paper could be found in it (page "
                  + pageNumber
                  + "). Photograph the"
                  + " whole page flat, with a little of a darker surface showing around it, or scan it.");
    };
  }

  private Edition scannedEdition(
      String name, BufferedImage page1, Map<I9Field, FieldReading> readings) {
    String footer = pageReader.footer(page1);
    Optional<Edition> printed = Editions.fromText(footer, Edition.Basis.SCAN);
    if (printed.isPresent()) {
      return printed.get();
    }
    boolean anyText =
        readings.entrySet().stream()
            .anyMatch(
                e -> e.getKey().kind() != I9Field.Kind.CHECKBOX && !e.getValue().text().isBlank());
    if (!Editions.looksLikeI9(footer) && !anyText) {
      throw notAnI9(name);
    }
    return Edition.unknown();
  }

  private static I9Exception notAnI9(String name) {
    return new I9Exception(
        name,
        Reason.NOT_AN_I9,
        name
            + " is not a Form I-9: it has neither the form's fields nor its printed text. Send the official Form I-9 (uscis.gov/i-9), edition 01/20/25.");
  }

  /**
   * Opens {@code pdf} under the reader's limits (size, pages, decoded content, image pixels,
   * scratch memory) and closes it: for checking an upload before it is stored.
   *
   * @throws I9Exception encrypted, not a PDF, damaged, or too large — the message says what to do
   */
  public static void checkLimits(String name, byte[] pdf) {
    SafePdf.closeQuietly(SafePdf.open(name, pdf));
  }
}
