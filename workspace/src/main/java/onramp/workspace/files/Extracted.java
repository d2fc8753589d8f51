package onramp.workspace.files;

import org.jspecify.annotations.Nullable;

/**
 * What was read from one file.
 *
 * @param fileName the file's name as uploaded, without any folder part
 * @param kind what the content is (not what the name says)
 * @param mediaType the content's media type; for an image, the type of {@link #image}
 * @param text the text, lines ending in {@code \n}; empty for an image
 * @param pages a PDF's pages, a DOCX's pages as Word last counted them (1 when it did not), 1
 *     otherwise
 * @param sizeBytes the size of the file as uploaded
 * @param image for {@link Kind#IMAGE}, bytes fit to send to the model (at most 5 MB, at most 8000
 *     pixels on the longer edge: larger images are scaled to 1568 pixels, which is what the model
 *     sees anyway); null for every other kind
 */
public record Extracted(
    String fileName,
    Kind kind,
    String mediaType,
    String text,
    int pages,
    long sizeBytes,
    byte @Nullable [] image) {

  /** What a file is, judged from its content. */
  public enum Kind {
    PDF,
    DOCX,
    TEXT,
    MARKDOWN,
    CSV,
    EML,
    IMAGE
  }

  /** Whether this is an image for the model rather than text. */
  public boolean isImage() {
    return kind == Kind.IMAGE;
  }
}
