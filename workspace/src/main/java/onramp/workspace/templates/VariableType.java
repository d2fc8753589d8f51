package onramp.workspace.templates;

/** What a template variable holds, and so how the form asks for it and how its value is checked. */
public enum VariableType {
  /** One line of text, at most {@value TemplateRenderer#MAX_TEXT} characters. */
  TEXT,
  /** Free text over several lines, at most {@value TemplateRenderer#MAX_LONG_TEXT} characters. */
  LONG_TEXT,
  /** One of the variable's choices, exactly as listed. */
  CHOICE,
  /** A calendar date written yyyy-MM-dd (ISO 8601). */
  DATE,
  /**
   * A file the employee attaches; the value is the text extracted from it (the caller extracts it),
   * at most {@value TemplateRenderer#MAX_FILE_TEXT} characters.
   */
  FILE
}
