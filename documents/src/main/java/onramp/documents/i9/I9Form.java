package onramp.documents.i9;

import java.util.List;
import onramp.documents.Source;

/**
 * A Form I-9 as read: every section typed, every value with its raw text, source and confidence.
 *
 * @param edition the edition detected; an older one is still read as far as its fields allow, and
 *     {@link #wrongEdition()} tells the rules to reject it
 * @param source {@link Source#FORM_FIELD} for a fillable PDF, {@link Source#SCAN_OCR} for a scan
 * @param notes decisions the reader took about the form's defects
 * @param lowConfidence fields that hold something the reader could not read confidently
 */
public record I9Form(
    Edition edition,
    Source source,
    Section1 section1,
    Section2 section2,
    SupplementA supplementA,
    SupplementB supplementB,
    List<ReadNote> notes,
    List<I9Field> lowConfidence) {

  public I9Form {
    notes = List.copyOf(notes);
    lowConfidence = List.copyOf(lowConfidence);
  }

  /**
   * On a scan, the value of {@code field} runs into the right end of its box and may be cut off
   * there ({@link ReadNote.Code#CLIPPED}): compare it as the start of a longer value, whose last
   * character read may be a sliver of a letter.
   */
  public boolean clipped(I9Field field) {
    return notes.stream().anyMatch(n -> n.field() == field && n.code() == ReadNote.Code.CLIPPED);
  }

  /**
   * Another edition was positively recognised (e.g. 08/01/23 or 10/21/2019): the employer must use
   * the current form. An edition that could not be recognised at all is not "wrong" but {@link
   * Edition.Basis#UNKNOWN}, which a rule should send to review.
   */
  public boolean wrongEdition() {
    return edition.basis() != Edition.Basis.UNKNOWN && !edition.isCurrent();
  }
}
