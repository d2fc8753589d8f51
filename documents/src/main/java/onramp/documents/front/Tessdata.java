package onramp.documents.front;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds Tesseract's English model. Looked up, in order: system property {@code onramp.tessdata},
 * environment variable {@code TESSDATA_PREFIX}, the first of Debian's {@code tesseract-ocr-eng}
 * folders that holds it. Each may name the tessdata directory itself or its parent. One lookup for
 * the licence-front reader and the Form I-9 reader.
 */
public final class Tessdata {
  public static final String PROPERTY = "onramp.tessdata";
  public static final String ENVIRONMENT = "TESSDATA_PREFIX";
  public static final String MODEL = "eng.traineddata";
  private static final List<Path> DEBIAN = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
      Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata"));

  private Tessdata() {}

  /** The configured location, whether or not it holds the model (a configured one is never replaced). */
  public static Path configured() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String environment = System.getenv(ENVIRONMENT);
    if (environment != null && !environment.isBlank()) {
      return Path.of(environment);
    }
    return DEBIAN.stream().filter(d -> resolve(d).isPresent()).findFirst().orElse(DEBIAN.get(0));
  }

  /** The directory that holds {@code eng.traineddata}, if {@code location} or its tessdata child does. */
  public static Optional<Path> resolve(Path location) {
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
