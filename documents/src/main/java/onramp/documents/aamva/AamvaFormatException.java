package onramp.documents.aamva;

import onramp.documents.DocumentException;

/**
 * The licence barcode was decoded but is not a usable AAMVA DL/ID payload. {@link #problem()} says
 * which rule it broke; the message names the element and what to do next.
 */
public final class AamvaFormatException extends DocumentException {
  static final String DOCUMENT = "dl-back";

  /** What was wrong with the payload. */
  public enum Problem {
    /** No recognisable AAMVA header ({@code @ ... ANSI 636000...}). */
    NOT_AAMVA,
    /** The header's issuer number is in no table and no DAJ element names the jurisdiction. */
    UNKNOWN_IIN,
    /** The AAMVA version is outside 01–10. */
    UNSUPPORTED_VERSION,
    /** A header, but no DL or ID subfile. */
    NO_DL_SUBFILE,
    /** A mandatory element (DAQ, names, DBB, DBA) is absent or blank. */
    MISSING_MANDATORY_ELEMENT,
    /** A date element is not a real calendar date. */
    INVALID_DATE,
    /** An element holds a value outside its code set. */
    INVALID_ELEMENT
  }

  private final Problem problem;

  AamvaFormatException(Problem problem, String message) {
    super(DOCUMENT, message);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
