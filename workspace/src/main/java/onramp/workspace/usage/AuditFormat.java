package onramp.workspace.usage;

import java.util.Locale;

/** The compliance export's formats: CSV with one header for both kinds of line, or JSON Lines. */
public enum AuditFormat {
  CSV("text/csv", "csv"),
  JSONL("application/x-ndjson", "jsonl");

  private final String mediaType;
  private final String extension;

  AuditFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public static AuditFormat parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> CSV;
      case "jsonl", "ndjson" -> JSONL;
      default ->
          throw new IllegalArgumentException(
              "the audit export comes as format=csv or format=jsonl, not '" + text.strip() + "'");
    };
  }
}
