package onramp.workspace.files;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import onramp.workspace.files.Extracted.Kind;
import org.jspecify.annotations.Nullable;

/**
 * What the name and the declared media type say a file is. Only ever used to pick among text kinds
 * (text, Markdown and CSV look alike) and to word a refusal; the content decides everything else.
 */
record Claim(Optional<String> description, Optional<Kind> textKind) {
  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("pdf", "a PDF"),
          Map.entry("docx", "a Word document (DOCX)"),
          Map.entry("doc", "a Word 97-2003 document (DOC)"),
          Map.entry("txt", "a text file"),
          Map.entry("text", "a text file"),
          Map.entry("md", "a Markdown file"),
          Map.entry("markdown", "a Markdown file"),
          Map.entry("csv", "a CSV file"),
          Map.entry("eml", "an e-mail (EML)"),
          Map.entry("png", "a PNG image"),
          Map.entry("jpg", "a JPEG image"),
          Map.entry("jpeg", "a JPEG image"),
          Map.entry("gif", "a GIF image"),
          Map.entry("webp", "a WebP image"),
          Map.entry("xlsx", "an Excel workbook (XLSX)"),
          Map.entry("pptx", "a PowerPoint presentation (PPTX)"),
          Map.entry("zip", "a ZIP archive"),
          Map.entry("exe", "a Windows program (EXE)"));

  private static final Map<String, String> BY_MEDIA_TYPE =
      Map.of(
          "application/pdf", "pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
          "text/plain", "txt",
          "text/markdown", "md",
          "text/csv", "csv",
          "message/rfc822", "eml",
          "image/png", "png",
          "image/jpeg", "jpg",
          "image/gif", "gif",
          "image/webp", "webp");

  static Claim of(String fileName, @Nullable String declaredMediaType) {
    String extension = extension(fileName);
    if (!BY_EXTENSION.containsKey(extension) && declaredMediaType != null) {
      String type = declaredMediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      extension = BY_MEDIA_TYPE.getOrDefault(type, extension);
    }
    Optional<Kind> textKind =
        switch (extension) {
          case "md", "markdown" -> Optional.of(Kind.MARKDOWN);
          case "csv" -> Optional.of(Kind.CSV);
          default -> Optional.empty();
        };
    return new Claim(Optional.ofNullable(BY_EXTENSION.get(extension)), textKind);
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
