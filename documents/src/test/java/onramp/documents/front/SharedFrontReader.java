package onramp.documents.front;

/**
 * One licence-front reader on the configured tessdata for all the tests of a run: its Tesseract
 * engines take a while to start. Never closed; it ends with the test JVM.
 */
final class SharedFrontReader {
  private static final FrontReader READER = FrontReader.using(Tessdata.configured());

  private SharedFrontReader() {}

  static FrontReader get() {
    return READER;
  }
}
