package onramp.documents.front;

/** One word Tesseract read, with its box in the image it was given and confidence 0..100. */
record OcrWord(String text, float confidence, int left, int top, int right, int bottom) {
  int height() {
    return bottom - top;
  }

  float centreY() {
    return (top + bottom) / 2f;
  }
}
