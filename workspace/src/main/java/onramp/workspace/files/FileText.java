package onramp.workspace.files;

import java.util.Set;
import onramp.workspace.files.Extracted.Kind;
import onramp.workspace.files.Sniffer.Sniffed;
import onramp.workspace.files.UnreadableFileException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded file's text locally, or passes an image on for the model. The content decides
 * what a file is: a file whose name lies is read as what it really is when that is readable, and
 * refused naming both when not. Thread-safe; one instance serves every upload.
 */
public final class FileText {
  static final String READABLE =
      "Upload a PDF, a Word document (DOCX), a text, Markdown, CSV or e-mail (EML) file, or a PNG,"
          + " JPEG, GIF or WebP image.";

  private final FileLimits limits;

  private FileText(FileLimits limits) {
    this.limits = limits;
  }

  public static FileText of(FileLimits limits) {
    return new FileText(limits);
  }

  public FileLimits limits() {
    return limits;
  }

  /**
   * The text of one file (or, for an image, the image to send).
   *
   * @param fileName the name as uploaded; a folder part is dropped
   * @param declaredMediaType the type the browser or client declared, if any: used only to word a
   *     refusal and to tell Markdown and CSV from plain text
   * @throws UnreadableFileException when the file is too large, of a type not read, protected,
   *     damaged, or over a limit; its message names the file and says what to do
   */
  public Extracted extract(String fileName, @Nullable String declaredMediaType, byte[] bytes) {
    String name = cleanName(fileName);
    Budget budget = new Budget(name, limits);
    if (bytes.length > limits.maxBytes()) {
      throw budget.refuse(
          Problem.TOO_LARGE,
          "the file is "
              + Budget.megabytes(bytes.length)
              + "; the limit is "
              + Budget.megabytes(limits.maxBytes())
              + ". Split it or upload the part you need.");
    }
    if (bytes.length == 0) {
      throw budget.refuse(Problem.UNSUPPORTED, "the file is empty. Upload it again.");
    }
    Claim claim = Claim.of(name, declaredMediaType);
    Sniffed sniffed = Sniffer.sniff(bytes);
    return switch (sniffed.format()) {
      case PDF -> {
        PdfText.Result pdf = PdfText.read(bytes, budget);
        yield text(name, Kind.PDF, "application/pdf", pdf.text(), pdf.pages(), bytes);
      }
      case ZIP -> zip(bytes, claim, budget);
      case PNG, JPEG, GIF, WEBP -> {
        ImageFile.Image image = ImageFile.read(bytes, sniffed.format(), budget);
        yield new Extracted(
            name, Kind.IMAGE, image.mediaType(), "", 1, bytes.length, image.bytes());
      }
      case MAYBE_TEXT -> plain(bytes, claim, budget);
      case UNSUPPORTED -> throw unsupported(budget, claim, sniffed.description());
    };
  }

  private Extracted zip(byte[] bytes, Claim claim, Budget budget) {
    Set<String> parts = Archive.inspect(bytes, budget);
    String description = Archive.describe(parts);
    if (!parts.contains("word/document.xml")) {
      throw unsupported(budget, claim, description);
    }
    DocxText.Result docx = DocxText.read(bytes, budget);
    return text(
        budget.fileName(),
        Kind.DOCX,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx.text(),
        docx.pages(),
        bytes);
  }

  private Extracted plain(byte[] bytes, Claim claim, Budget budget) {
    String decoded =
        TextDecoding.decode(bytes)
            .orElseThrow(() -> unsupported(budget, claim, "a binary file of an unknown type"));
    if (MailText.looksLikeMail(decoded)) {
      String mail = MailText.read(bytes, budget);
      return text(budget.fileName(), Kind.EML, "message/rfc822", mail, 1, bytes);
    }
    String text = TextDecoding.clean(decoded);
    budget.chars(text.length());
    if (text.isBlank()) {
      throw budget.refuse(Problem.UNSUPPORTED, "the file has no text in it. Upload it again.");
    }
    Kind kind = claim.textKind().orElse(Kind.TEXT);
    String mediaType =
        switch (kind) {
          case MARKDOWN -> "text/markdown";
          case CSV -> "text/csv";
          default -> "text/plain";
        };
    return text(budget.fileName(), kind, mediaType, text, 1, bytes);
  }

  private static Extracted text(
      String name, Kind kind, String mediaType, String text, int pages, byte[] bytes) {
    return new Extracted(name, kind, mediaType, text, pages, bytes.length, null);
  }

  /** A refusal for a type that is not read, naming what the name claimed when it differs. */
  static UnreadableFileException unsupported(Budget budget, Claim claim, String actual) {
    String is =
        claim.description().filter(c -> !c.equals(actual)).isPresent()
            ? "the name says it is "
                + claim.description().orElseThrow()
                + ", but the content is "
                + actual
            : "it is " + actual;
    if (actual.contains("password-protected")) {
      return budget.refuse(
          Problem.PROTECTED,
          is
              + ". Remove the password (in Word: File, Info, Protect Document) and upload it again.");
    }
    return budget.refuse(Problem.UNSUPPORTED, is + ", which cannot be read. " + advice(actual));
  }

  private static String advice(String actual) {
    if (actual.contains("(DOC)") || actual.contains("RTF") || actual.contains("OpenDocument")) {
      return "Save it as a Word document (DOCX) or a PDF and upload that.";
    }
    if (actual.contains("Excel") || actual.contains("(ODT, ODS")) {
      return "Save the sheet as CSV and upload that.";
    }
    if (actual.contains("PowerPoint")) {
      return "Save it as a PDF and upload that.";
    }
    if (actual.contains("Outlook")) {
      return "Save the message as .eml (or forward it as text) and upload that.";
    }
    if (actual.contains("HEIC")
        || actual.contains("AVIF")
        || actual.contains("TIFF")
        || actual.contains("BMP")) {
      return "Save it as a JPEG or PNG and upload that.";
    }
    if (actual.contains("archive")) {
      return "Unpack it and upload the documents inside. " + READABLE;
    }
    return READABLE;
  }

  /** The last path segment, without control characters, at most 200 characters; never blank. */
  static String cleanName(String fileName) {
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '\u202E' && c != '\u202D')
        .limit(200)
        .forEach(out::appendCodePoint);
    String clean = out.toString().strip();
    return clean.isEmpty() ? "file" : clean;
  }
}
