package onramp.documents.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds Tesseract's English model. Looked up, in order: system property {@code onramp.tessdata},
 * environment variable {@code TESSDATA_PREFIX}, the first of Debian's {@code tesseract-ocr-eng}
 * folders that holds it, and last the copy that ships inside this module's jar (taken at build time
 * from the {@code net.sourceforge.tess4j:tess4j} jar on Maven Central, byte for byte Debian's
 * file), written once to a cache folder because Tesseract reads models from files only. Each
 * configured location may name the tessdata directory itself or its parent; a configured location
 * that lacks the model is reported, never silently replaced. One lookup for the licence-front and
 * Form I-9 readers.
 */
public final class Tessdata {
  public static final String PROPERTY = "onramp.tessdata";
  public static final String ENVIRONMENT = "TESSDATA_PREFIX";
  public static final String MODEL = "eng.traineddata";

  /** The model inside the jar (see documents/pom.xml). */
  static final String BUNDLED = "/onramp/tessdata/" + MODEL;

  private static final List<Path> DEBIAN =
      List.of(
          Path.of("/usr/share/tesseract-ocr/5/tessdata"),
          Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
          Path.of("/usr/share/tessdata"));

  private Tessdata() {}

  /**
   * The configured location, whether or not it holds the model (a configured one is never
   * replaced).
   */
  public static Path configured() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String environment = System.getenv(ENVIRONMENT);
    if (environment != null && !environment.isBlank()) {
      return Path.of(environment);
    }
    return DEBIAN.stream()
        .filter(d -> resolve(d).isPresent())
        .findFirst()
        .or(Tessdata::bundled)
        .orElse(DEBIAN.get(0));
  }

  /**
   * The directory that holds {@code eng.traineddata}, if {@code location} or its tessdata child
   * does.
   */
  public static Optional<Path> resolve(Path location) {
    for (Path dir : new Path[] {location, location.resolve("tessdata")}) {
      if (Files.isRegularFile(dir.resolve(MODEL))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /**
   * The model shipped in the jar, written to {@code $XDG_CACHE_HOME/onramp/tessdata/<sha256>/}
   * (else {@code ~/.cache/...}, else the temporary folder) on first use; empty when the jar lacks
   * it or no folder is writable. The folder is named by the model's digest, so a different model
   * never reuses a stale copy, and the file is moved into place whole, so a crash leaves no half
   * model.
   */
  public static Optional<Path> bundled() {
    return Bundled.MODEL;
  }

  /** Extracted once, on first use, by the class loader's own lazy, thread-safe initialisation. */
  private static final class Bundled {
    static final Optional<Path> MODEL = extractBundled();

    private Bundled() {}
  }

  private static Optional<Path> extractBundled() {
    byte[] model;
    try (InputStream in = Tessdata.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        return Optional.empty();
      }
      model = in.readAllBytes();
    } catch (IOException e) {
      return Optional.empty();
    }
    String digest = sha256(model).substring(0, 16);
    for (Path cache : cacheRoots()) {
      Path dir = cache.resolve("onramp").resolve("tessdata").resolve(digest);
      try {
        Path file = dir.resolve(MODEL);
        if (Files.isRegularFile(file) && Files.size(file) == model.length) {
          return Optional.of(dir);
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, MODEL, ".part");
        try {
          Files.write(partial, model);
          try {
            Files.move(
                partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
          }
        } finally {
          Files.deleteIfExists(partial);
        }
        return Optional.of(dir);
      } catch (IOException | UncheckedIOException | SecurityException e) {
        // not writable here: try the next folder
      }
    }
    return Optional.empty();
  }

  private static List<Path> cacheRoots() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getProperty("user.home");
    return Stream.of(
            xdg == null || xdg.isBlank() ? null : Path.of(xdg),
            home == null || home.isBlank() ? null : Path.of(home, ".cache"),
            Path.of(System.getProperty("java.io.tmpdir")))
        .filter(Objects::nonNull)
        .toList();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * What to do when {@code location} lacks the model, and {@code consequence}: what cannot be read
   * until then, e.g. "Licence fronts cannot be read by OCR until then."
   */
  public static String missing(Path location, String consequence) {
    return "no "
        + MODEL
        + " in "
        + location
        + ": point -D"
        + PROPERTY
        + " or "
        + ENVIRONMENT
        + " at a tessdata directory that has it (or unset them to use the model shipped in the jar;"
        + " Debian: apt-get install tesseract-ocr-eng). "
        + consequence;
  }
}
