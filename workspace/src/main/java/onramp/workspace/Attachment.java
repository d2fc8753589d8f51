package onramp.workspace;

import org.jspecify.annotations.Nullable;

/**
 * A file given with a run, already read: its text (sent as a document block), or an image (sent as
 * an image block).
 *
 * @param variable the template's FILE variable it fills, or null for a plain attachment
 * @param image the image bytes to send, for images; null for text
 */
public record Attachment(
    String fileName,
    String mediaType,
    String text,
    int pages,
    long sizeBytes,
    byte @Nullable [] image,
    @Nullable String variable) {

  public boolean isImage() {
    return image != null;
  }
}
