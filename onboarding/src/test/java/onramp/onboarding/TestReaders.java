package onramp.onboarding;

import onramp.documents.front.FrontReader;
import onramp.documents.model.ModelReaders;
import onramp.documents.ocr.Tessdata;

/**
 * The readers the tests share, wired as the application wires them with no vendor configured: one
 * licence-front reader for the run (its Tesseract engines take a while to start), never closed.
 */
public final class TestReaders {
  private static final FrontReader FRONT = FrontReader.using(Tessdata.configured());

  private TestReaders() {}

  public static FrontReader front() {
    return FRONT;
  }

  /** The standard verifier with model-backed reading off. */
  public static Verifier verifier() {
    return Verifier.standard(FRONT, ModelReaders.off("no vendor configured in this test"));
  }
}
