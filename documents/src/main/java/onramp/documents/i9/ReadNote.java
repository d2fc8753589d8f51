package onramp.documents.i9;

/** Something the reader had to decide that a rule or a reviewer may want to know. */
public record ReadNote(I9Field field, Code code, String message) {
  public enum Code {
    /** A value in an AcroForm field shared by two printed boxes was attributed to one of them. */
    SHARED_FIELD,
    /** The form has no field for this box. */
    NO_FIELD_ON_FORM,
    /**
     * On a scan, the writing runs into the right end of the field's box, where the form cuts off
     * what does not fit: the value read may be only the start of what was written.
     */
    CLIPPED
  }
}
