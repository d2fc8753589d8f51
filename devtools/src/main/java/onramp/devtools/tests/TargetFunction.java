package onramp.devtools.tests;

import java.util.Optional;
import onramp.devtools.LineRange;

/**
 * A changed exported function and where its tests go.
 *
 * @param file the source file, relative to the repository root, forward slashes
 * @param name the function's own name (a method's name for a method)
 * @param exportName the name it is imported by ({@code default} for a default export; the class's
 *     export name for a method)
 * @param className the class of a method
 * @param lines the lines of the declaration, JSDoc excluded
 * @param testFile where a test of it goes (next to the file's existing tests), relative to the root
 * @param importSpecifier how that test file imports the source file ({@code ./fares})
 */
public record TargetFunction(
    String file,
    String name,
    String exportName,
    Kind kind,
    Optional<String> className,
    boolean isStatic,
    LineRange lines,
    String testFile,
    String importSpecifier) {

  /** What kind of declaration it is. */
  public enum Kind {
    /** {@code export function f() {}} or a function exported by name. */
    FUNCTION,
    /** {@code export const f = () => …} or a function expression. */
    ARROW_CONST,
    /** A public method of an exported class. */
    METHOD
  }

  /** How a person names it: {@code fares.ts: surge}, {@code fares.ts: FareCard.total}. */
  public String displayName() {
    return file + ": " + className.map(c -> c + ".").orElse("") + name;
  }
}
