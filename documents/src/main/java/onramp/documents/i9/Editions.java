package onramp.documents.i9;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Recognises a Form I-9 and its edition from the printed footer ("Form I-9 Edition 01/20/25", "Form
 * I-9 10/21/2019"), from the XFA packet of older editions (10/21/19, 07/17/17: XFA forms whose
 * pages carry no printed text a PDF reader can see), or, failing that, from the AcroForm field set.
 */
final class Editions {
  private static final Pattern FOOTER =
      Pattern.compile(
          "Form\\s*[I|l1]\\s*[-‐–]?\\s*9\\s*(?:Edition\\s*)?(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{2,4})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE =
      Pattern.compile(
          "Employment\\s+Eligibility\\s+Verification|Form\\s*[I|l1]\\s*[-‐–]\\s*9",
          Pattern.CASE_INSENSITIVE);

  /** "Edition 10/21/19" where the XFA template does not put "Form I-9" right before the date. */
  private static final Pattern EDITION_WORD =
      Pattern.compile(
          "Edition\\s*(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{2,4})", Pattern.CASE_INSENSITIVE);

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");

  /** XFA packets of real forms are a few hundred kB; more is read no further. */
  static final int MAX_XFA_BYTES = 4 * 1024 * 1024;

  private Editions() {}

  /**
   * The edition named in the AcroForm's XFA packet (template text such as "Form I-9 10/21/19" or
   * "Edition 07/17/17"), when the packet also names the form ("Employment Eligibility Verification"
   * or "Form I-9"). Empty without XFA or without both.
   */
  static Optional<Edition> fromXfa(PDDocument doc) {
    String text = xfaText(doc);
    if (text.isEmpty() || !looksLikeI9(text)) {
      return Optional.empty();
    }
    Optional<Edition> footer = fromText(text, Edition.Basis.XFA);
    if (footer.isPresent()) {
      return footer;
    }
    Matcher m = EDITION_WORD.matcher(text);
    return m.find()
        ? Optional.of(new Edition(m.group(1).replaceAll("\\s", ""), Edition.Basis.XFA))
        : Optional.empty();
  }

  /** The XFA packet's text with its XML tags turned into spaces; empty when there is none. */
  static String xfaText(PDDocument doc) {
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
    if (form == null) {
      return "";
    }
    COSBase xfa = resolve(form.getCOSObject().getDictionaryObject(COSName.XFA));
    StringBuilder raw = new StringBuilder();
    if (xfa instanceof COSStream stream) {
      append(stream, raw);
    } else if (xfa instanceof COSArray packets) {
      // [name stream name stream ...]: the template, datasets, config... packets in order.
      for (int i = 1; i < packets.size() && raw.length() < MAX_XFA_BYTES; i += 2) {
        if (resolve(packets.getObject(i)) instanceof COSStream stream) {
          append(stream, raw);
        }
      }
    }
    if (raw.isEmpty()) {
      return "";
    }
    String text = TAG.matcher(raw).replaceAll(" ");
    Matcher ref = CHARACTER_REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (ref.find()) {
      boolean decimal = ref.group(1).isEmpty();
      boolean valid = !decimal || ref.group(2).chars().allMatch(c -> c >= '0' && c <= '9');
      int code = valid ? Integer.parseInt(ref.group(2), decimal ? 10 : 16) : -1;
      ref.appendReplacement(
          out,
          Character.isValidCodePoint(code)
              ? Matcher.quoteReplacement(
                  Character.isWhitespace(code) || code == 0xA0 ? " " : Character.toString(code))
              : " ");
    }
    ref.appendTail(out);
    return out.toString().replace("&nbsp;", " ").replace("&amp;", "&");
  }

  private static COSBase resolve(COSBase base) {
    return base instanceof COSObject o ? o.getObject() : base;
  }

  /** At most {@link #MAX_XFA_BYTES} in all, decoded: a compressed bomb stops there. */
  private static void append(COSStream stream, StringBuilder raw) {
    try (InputStream in = stream.createInputStream()) {
      byte[] bytes = in.readNBytes(Math.max(0, MAX_XFA_BYTES - raw.length()));
      raw.append(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // An unreadable packet names no edition; the other ways of recognising the form remain.
    }
  }

  static Optional<Edition> fromText(String text, Edition.Basis basis) {
    Matcher m = FOOTER.matcher(text);
    return m.find()
        ? Optional.of(new Edition(m.group(1).replaceAll("\\s", ""), basis))
        : Optional.empty();
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
