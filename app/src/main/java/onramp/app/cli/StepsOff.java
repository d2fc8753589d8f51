package onramp.app.cli;

import onramp.documents.front.FrontReader;

/**
 * Says on stderr, before a command verifies anything, which reading steps are off on this machine
 * and what that costs, so a run that sends everything to a person says why at its top.
 */
final class StepsOff {
  private StepsOff() {}

  static void warn(String command, FrontReader front) {
    var ocr = front.availability();
    if (!ocr.available()) {
      System.err.println(
          "onramp "
              + command
              + ": licence-front and scanned-I-9 OCR are OFF: "
              + ocr.reason()
              + ". Applications whose decision needs the front go to a person.");
    }
  }
}
