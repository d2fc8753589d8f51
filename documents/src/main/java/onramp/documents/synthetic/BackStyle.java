package onramp.documents.synthetic;

import java.awt.Color;

/**
 * How {@link LicenceBackRenderer} draws a licence back.
 *
 * @param columns PDF417 data columns; licences use 6–10 (wider symbols break up sooner when the
 *     photo is rotated)
 * @param errorCorrectionLevel PDF417 error correction level 0–8; licences print 3–5
 * @param cardWidth card width in pixels (1012 is a CR80 card at 300 dpi)
 * @param cardHeight card height in pixels (638 at 300 dpi)
 * @param tint background colour of the card stock
 * @param seed varies the printed decoration (text lines, guilloche), never the barcode
 */
public record BackStyle(
    int columns, int errorCorrectionLevel, int cardWidth, int cardHeight, Color tint, long seed) {

  public BackStyle {
    if (columns < 1 || columns > 30) {
      throw new IllegalArgumentException("PDF417 allows 1–30 data columns, was " + columns);
    }
    if (errorCorrectionLevel < 0 || errorCorrectionLevel > 8) {
      throw new IllegalArgumentException(
          "PDF417 error correction is 0–8, was " + errorCorrectionLevel);
    }
    if (cardWidth < 200 || cardHeight < 120) {
      throw new IllegalArgumentException(
          "card must be at least 200×120 px, was " + cardWidth + "×" + cardHeight);
    }
  }

  /** 8 columns, level 5, a CR80 card at 300 dpi on pale blue stock. */
  public static BackStyle standard() {
    return new BackStyle(8, 5, 1012, 638, new Color(0xE8, 0xEE, 0xF4), 0);
  }

  public BackStyle withColumns(int newColumns) {
    return new BackStyle(newColumns, errorCorrectionLevel, cardWidth, cardHeight, tint, seed);
  }

  public BackStyle withErrorCorrectionLevel(int level) {
    return new BackStyle(columns, level, cardWidth, cardHeight, tint, seed);
  }

  public BackStyle withTint(Color newTint) {
    return new BackStyle(columns, errorCorrectionLevel, cardWidth, cardHeight, newTint, seed);
  }

  public BackStyle withSeed(long newSeed) {
    return new BackStyle(columns, errorCorrectionLevel, cardWidth, cardHeight, tint, newSeed);
  }

  /** The same card drawn at {@code dpi} instead of 300. */
  public BackStyle atDpi(int dpi) {
    return new BackStyle(
        columns,
        errorCorrectionLevel,
        Math.round(3.375f * dpi),
        Math.round(2.125f * dpi),
        tint,
        seed);
  }
}
