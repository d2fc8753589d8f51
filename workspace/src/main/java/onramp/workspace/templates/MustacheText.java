package onramp.workspace.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Template text in Mustache (jmustache): no HTML escaping (prompts are plain text), an empty value
 * is false in a section, no partials and no template inheritance. Values are written out once and
 * never read as template text again, so a value cannot bring in another variable.
 */
final class MustacheText {
  private static final Mustache.Compiler COMPILER =
      Mustache.compiler()
          .escapeHTML(false)
          .emptyStringIsFalse(true)
          .strictSections(true)
          .withLoader(
              name -> {
                throw new MustacheException("partials ({{>" + name + "}}) are not allowed");
              });

  private MustacheText() {}

  /** What a text uses, and the constructs it may not use. */
  record Names(Set<String> used, List<String> refused) {}

  /**
   * The names a text uses as variables or sections; throws {@link MustacheException} with the line
   * when the text is not well-formed (an unclosed section, say).
   */
  static Names names(String text) {
    Set<String> used = new LinkedHashSet<>();
    List<String> refused = new ArrayList<>();
    COMPILER
        .compile(text)
        .visit(
            new Mustache.Visitor() {
              @Override
              public void visitText(String text) {}

              @Override
              public void visitVariable(String name) {
                used.add(name);
              }

              @Override
              public boolean visitInclude(String name) {
                refused.add("{{>" + name + "}} (partials are not allowed)");
                return false;
              }

              @Override
              public boolean visitParent(String name) {
                refused.add("{{<" + name + "}} (template inheritance is not allowed)");
                return false;
              }

              @Override
              public boolean visitBlock(String name) {
                refused.add("{{$" + name + "}} (blocks are not allowed)");
                return false;
              }

              @Override
              public boolean visitSection(String name) {
                used.add(name);
                return true;
              }

              @Override
              public boolean visitInvertedSection(String name) {
                used.add(name);
                return true;
              }
            });
    return new Names(used, refused);
  }

  /** The text with every placeholder filled from {@code values} (which holds every name used). */
  static String render(String text, Map<String, String> values) {
    return COMPILER.compile(text).execute(values);
  }
}
