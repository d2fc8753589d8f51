package onramp.documents.i9;

import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/** Reads the I-9's AcroForm fields by name. Values are the form's own: confidence 1.0. */
final class AcroFormFields {
  private AcroFormFields() {}

  /** Every I-9 field that exists in this PDF's form, blank or not. */
  static Map<I9Field, FieldReading> read(PDDocument doc) {
    Map<I9Field, FieldReading> out = new EnumMap<>(I9Field.class);
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
    if (form == null) {
      return out;
    }
    for (I9Field f : I9Field.values()) {
      PDField field = form.getField(f.acroName());
      if (field != null) {
        out.put(f, FieldReading.certain(value(field)));
      }
    }
    return out;
  }

  private static String value(PDField field) {
    if (field instanceof PDCheckBox box) {
      return box.isChecked() ? FieldReading.CHECKED : "";
    }
    if (field instanceof PDChoice choice) {
      return String.join(" ", choice.getValue());
    }
    return field.getValueAsString();
  }

  /** At least one field holds a value: the form was filled in as a form, not flattened. */
  static boolean anyFilled(Map<I9Field, FieldReading> readings) {
    return readings.values().stream().anyMatch(r -> !r.text().isBlank());
  }
}
