package onramp.documents.front;

import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import onramp.documents.front.FieldExtractor.Value;
import onramp.documents.front.Labels.Found;
import onramp.documents.ocr.OcrWord;

/**
 * Where to look again, line by line, for a value the sparse pass missed or misread. Sparse-text
 * mode drops lone letters (the F under SEX) and misreads short codes; single-line recognition of
 * the value's place usually gets them.
 */
final class SecondLook {
  /** Fields whose value is one short line; names and the address are not re-read. */
  static final Set<FrontField> FIELDS =
      Set.of(
          FrontField.LICENSE_NUMBER,
          FrontField.DATE_OF_BIRTH,
          FrontField.ISSUE_DATE,
          FrontField.EXPIRATION_DATE,
          FrontField.SEX,
          FrontField.HEIGHT,
          FrontField.EYE_COLOR,
          FrontField.LICENSE_CLASS,
          FrontField.ENDORSEMENTS,
          FrontField.RESTRICTIONS);

  /** Reads one line of text inside a region of the image being read. */
  @FunctionalInterface
  interface Rescan {
    List<OcrWord> line(Rectangle region);

    Rescan NONE = region -> List.of();
  }

  private SecondLook() {}

  /**
   * The region of a label's value: around the words read, or where a value would be printed: right
   * of the label, or below it when its line holds only labels.
   */
  static Rectangle region(Found label, Optional<Value> value, int columnEnd, boolean labelsOnly) {
    OcrWord first = label.firstWord();
    int unit = Math.max(8, first.height());
    int right = columnEnd == Integer.MAX_VALUE ? Integer.MAX_VALUE : columnEnd - unit / 4;
    if (value.isPresent()) {
      List<OcrWord> words = value.get().words();
      int left = words.get(0).left() - unit;
      int top = words.stream().mapToInt(OcrWord::top).min().orElse(0) - unit / 3;
      int bottom = words.stream().mapToInt(OcrWord::bottom).max().orElse(0) + unit / 3;
      int end = Math.min(right, words.get(words.size() - 1).right() + 2 * unit);
      return new Rectangle(left, top, end - left, bottom - top);
    }
    OcrWord last = label.line().words().get(label.last());
    if (labelsOnly) {
      int left = first.left() - unit / 2;
      int top = last.bottom() + unit / 4;
      return new Rectangle(left, top, Math.min(right, left + 12 * unit) - left, (int) (2.4 * unit));
    }
    int left = last.right() + unit / 4;
    int top = last.bottom() - 2 * unit;
    return new Rectangle(left, top, Math.min(right, left + 12 * unit) - left, (int) (2.5 * unit));
  }
}
