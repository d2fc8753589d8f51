package onramp.documents.front;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds Tesseract's English model. Looked up, in order: system property {@code onramp.tessdata},
 * environment variable {@code TESSDATA_PREFIX}, Debian's {@code /usr/share/tesseract-ocr/5/tessdata}.
 * Each may name the tessdata directory itself or its parent.
 */
final class Tessdata {
  static final String PROPERTY = "onramp.tessdata";
  static final String ENVIRONMENT = "TESSDATA_PREFIX";
  static final Path DEBIAN = Path.of("/usr/share/tesseract-ocr/5/tessdata");
  static final String MODEL = "eng.traineddata";

  private Tessdata() {}

  /** The configured location, whether or not it holds the model. */
  static Path configured() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String environment = System.getenv(ENVIRONMENT);
    if (environment != null && !environment.isBlank()) {
      return Path.of(environment);
    }
    return DEBIAN;
  }

  /** The directory that holds {@code eng.traineddata}, if {@code location} or its tessdata child does. */
  static Optional<Path> resolve(Path location) {
    for (Path dir : new Path[] {location, location.resolve("tessdata")}) {
      if (Files.isRegularFile(dir.resolve(MODEL))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  static String missing(Path location) {
    return "no " + MODEL + " in " + location + ": install it (Debian: apt-get install tesseract-ocr-eng) or point "
        + "-D" + PROPERTY + " or " + ENVIRONMENT + " at a tessdata directory; licence fronts cannot be read by OCR "
        + "until then";
  }
}
