package onramp.documents.specimen;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The faces the specimen cards are printed in, loaded from files so that every machine renders the
 * same pixels:
 *
 * <ul>
 *   <li>Liberation Sans, Serif and Mono 2.x (metric equivalents of Arial, Times New Roman and
 *       Courier New, the families DMV card printers use most), from the classpath: the build
 *       unpacks them from Maven Central's {@code com.github.librepdf:openpdf-fonts-extra} (SIL Open
 *       Font License 1.1, licence text beside them in {@code onramp/specimen/liberation/LICENSE}).
 *   <li>DejaVu Sans, Serif and Sans Mono from Debian's default {@code fonts-dejavu-core}.
 * </ul>
 *
 * Condensed faces are made by scaling a face horizontally (a printer's condensed setting), because
 * DejaVu's condensed files are not in {@code fonts-dejavu-core}.
 */
final class SpecimenFonts {
  enum Face {
    LIBERATION_SANS("classpath:LiberationSans"),
    LIBERATION_SERIF("classpath:LiberationSerif"),
    LIBERATION_MONO("classpath:LiberationMono"),
    DEJAVU_SANS("DejaVuSans"),
    DEJAVU_SERIF("DejaVuSerif"),
    DEJAVU_MONO("DejaVuSansMono");

    final String file;

    Face(String file) {
      this.file = file;
    }
  }

  private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
  private static final Map<Face, Font[]> FONTS = load();

  private SpecimenFonts() {}

  /**
   * The face at {@code size} pixels, bold or regular, horizontally scaled by {@code condense} (1 =
   * as designed).
   */
  static Font font(Face face, boolean bold, double size, double condense) {
    Font base =
        Objects.requireNonNull(FONTS.get(face), "every face is loaded")[bold ? 1 : 0].deriveFont(
            (float) size);
    return condense == 1 ? base : base.deriveFont(AffineTransform.getScaleInstance(condense, 1));
  }

  private static Map<Face, Font[]> load() {
    Map<Face, Font[]> m = new EnumMap<>(Face.class);
    for (Face f : Face.values()) {
      m.put(f, new Font[] {read(f, false), read(f, true)});
    }
    return m;
  }

  private static Font read(Face face, boolean bold) {
    try {
      if (face.file.startsWith("classpath:")) {
        String name =
            "/onramp/specimen/liberation/"
                + face.file.substring(10)
                + (bold ? "-Bold" : "-Regular")
                + ".ttf";
        try (InputStream in = SpecimenFonts.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException(
                name + " is not on the classpath (the documents build unpacks it)");
          }
          return Font.createFont(Font.TRUETYPE_FONT, in);
        }
      }
      Path file = DEJAVU.resolve(face.file + (bold ? "-Bold" : "") + ".ttf");
      if (!Files.isRegularFile(file)) {
        // Debian's default fonts are missing: print in Liberation rather than in a logical font
        // whose glyphs differ between machines.
        return read(
            face == Face.DEJAVU_MONO
                ? Face.LIBERATION_MONO
                : face == Face.DEJAVU_SERIF ? Face.LIBERATION_SERIF : Face.LIBERATION_SANS,
            bold);
      }
      return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("not a TrueType font: " + face, e);
    }
  }
}
