package onramp.documents.ocr;

/**
 * One word Tesseract read, with its box in the image it was given.
 *
 * @param confidence 0..100: Tesseract's confidence in the word, except that a word with punctuation
 *     gets the mean confidence of its letters and digits (Tesseract's word confidence drops for
 *     punctuation such as the quotes in 5'-09", and symbol confidences run higher, so only there)
 * @param wordConfidence 0..100: Tesseract's confidence in the word as it reports it
 */
public record OcrWord(
    String text, float confidence, float wordConfidence, int left, int top, int right, int bottom) {

  /** A word whose two confidences are the same (no punctuation): for tests and simple callers. */
  public static OcrWord of(
      String text, float confidence, int left, int top, int right, int bottom) {
    return new OcrWord(text, confidence, confidence, left, top, right, bottom);
  }

  public int height() {
    return bottom - top;
  }

  public float centreY() {
    return (top + bottom) / 2f;
  }
}
