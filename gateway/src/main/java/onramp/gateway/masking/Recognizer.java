package onramp.gateway.masking;

/**
 * One kind of detector. Digit recognizers run at every digit run; text recognizers scan on their
 * own.
 */
sealed interface Recognizer permits Recognizer.AtDigits, Recognizer.OverText {

  /** Called at the start of every run of digits (never inside one). */
  non-sealed interface AtDigits extends Recognizer {
    void at(DigitGroups groups, Found found);
  }

  /** Scans the whole text with its own cheap prefilter (an {@code indexOf} for '@', "://", ...). */
  non-sealed interface OverText extends Recognizer {
    void find(String text, MaskingContext context, Found found);
  }
}
