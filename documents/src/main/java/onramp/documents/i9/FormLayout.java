package onramp.documents.i9;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Where each field sits on the official blank form, in PDF points measured from the page's top-left
 * corner (so a scan scales it by pixels per point), read once from the form in the resources; and
 * the blank form itself ({@link #blankForm()}), which the synthetic corpus fills.
 */
public final class FormLayout {
  static final String BLANK_FORM = "/onramp/documents/i9/i-9-edition-01-20-25.pdf";
  static final float PAGE_WIDTH = 612f;
  static final float PAGE_HEIGHT = 792f;

  private static final FormLayout OFFICIAL = load();

  private final Map<I9Field, Rectangle2D.Float> boxes;
  private final Set<I9Field> combs;
  private final Map<I9Field, Integer> maxLengths;
  private final Map<I9Field, Set<String>> options;

  private FormLayout(
      Map<I9Field, Rectangle2D.Float> boxes,
      Set<I9Field> combs,
      Map<I9Field, Integer> maxLengths,
      Map<I9Field, Set<String>> options) {
    this.boxes = boxes;
    this.combs = combs;
    this.maxLengths = maxLengths;
    this.options = options;
  }

  /**
   * The values a choice field offers (the State list: "AK", "AL" … "CAN", "MEX"); empty for other
   * fields.
   */
  Set<String> options(I9Field field) {
    return options.getOrDefault(field, Set.of());
  }

  /** The field's maximum length, or 0 when it has none. */
  int maxLength(I9Field field) {
    return maxLengths.getOrDefault(field, 0);
  }

  /** A comb field prints one character per cell (the SSN, ZIP, A-Number …). */
  boolean isComb(I9Field field) {
    return combs.contains(field);
  }

  static FormLayout official() {
    return OFFICIAL;
  }

  /** The field's widget box, top-left origin, in points. */
  Rectangle2D.Float box(I9Field field) {
    return Objects.requireNonNull(boxes.get(field), field.name());
  }

  List<I9Field> fieldsOn(int page) {
    List<I9Field> out = new ArrayList<>();
    for (I9Field f : I9Field.values()) {
      if (f.page() == page) {
        out.add(f);
      }
    }
    return out;
  }

  /** The official blank Form I-9 (edition 01/20/25) as PDF bytes. */
  public static byte[] blankForm() {
    try (InputStream in = FormLayout.class.getResourceAsStream(BLANK_FORM)) {
      if (in == null) {
        throw new IllegalStateException(
            "the blank Form I-9 is missing from the classpath: " + BLANK_FORM);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FormLayout load() {
    try (PDDocument doc = Loader.loadPDF(blankForm())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      Map<I9Field, Rectangle2D.Float> boxes = new EnumMap<>(I9Field.class);
      Set<I9Field> combs = EnumSet.noneOf(I9Field.class);
      Map<I9Field, Integer> maxLengths = new EnumMap<>(I9Field.class);
      Map<I9Field, Set<String>> options = new EnumMap<>(I9Field.class);
      for (I9Field f : I9Field.values()) {
        PDField field = Objects.requireNonNull(form.getField(f.acroName()), f.acroName());
        List<PDAnnotationWidget> onPage = new ArrayList<>();
        for (PDAnnotationWidget w : field.getWidgets()) {
          if (doc.getPages().indexOf(w.getPage()) == f.page() - 1) {
            onPage.add(w);
          }
        }
        onPage.sort(Comparator.comparingDouble(w -> w.getRectangle().getLowerLeftX()));
        if (field instanceof PDTextField text) {
          if (text.isComb()) {
            combs.add(f);
          }
          if (text.getMaxLen() > 0) {
            maxLengths.put(f, text.getMaxLen());
          }
        }
        if (field instanceof PDChoice choice) {
          options.put(
              f,
              choice.getOptionsExportValues().stream()
                  .map(String::strip)
                  .filter(o -> !o.isEmpty())
                  .collect(Collectors.toUnmodifiableSet()));
        }
        PDRectangle r = onPage.get(f.widget()).getRectangle();
        boxes.put(
            f,
            new Rectangle2D.Float(
                r.getLowerLeftX(), PAGE_HEIGHT - r.getUpperRightY(), r.getWidth(), r.getHeight()));
      }
      return new FormLayout(boxes, combs, maxLengths, options);
    } catch (IOException e) {
      throw new UncheckedIOException("the blank Form I-9 in the resources cannot be read", e);
    }
  }
}
