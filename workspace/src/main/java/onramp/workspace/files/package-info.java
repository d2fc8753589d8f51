/**
 * Text from uploaded files, read locally: PDF, DOCX, plain text, Markdown, CSV and e-mail (EML) as
 * text; PNG, JPEG, GIF and WebP passed on as images. The type comes from the content, never from
 * the name; size, page, character, expansion and time limits hold for every format, and what cannot
 * be read is refused with a message that names the file and says what to do.
 */
@NullMarked
package onramp.workspace.files;

import org.jspecify.annotations.NullMarked;
