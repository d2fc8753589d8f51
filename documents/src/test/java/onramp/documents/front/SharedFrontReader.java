package onramp.documents.front;

import onramp.documents.ocr.Tessdata;

/**
 * One licence-front reader on the configured tessdata for all the tests of a run: its Tesseract
 * engines take a while to start. Never closed; it ends with the test JVM.
 */
public final class SharedFrontReader {
  private static final FrontReader READER = FrontReader.using(Tessdata.configured());

  private SharedFrontReader() {}

  public static FrontReader get() {
    return READER;
  }
}
