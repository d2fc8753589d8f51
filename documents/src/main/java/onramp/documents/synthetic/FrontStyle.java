package onramp.documents.synthetic;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How a synthetic licence front looks. Everything visual that varies between states and card
 * generations is here, so one content can be printed many ways; the same style and content always
 * give the same pixels.
 *
 * @param labels how fields are labelled
 * @param placement whether a value follows its label on the line or sits below it
 * @param fontFamily a font installed on the machine (see {@link #FONT_FAMILIES})
 * @param backgroundTop gradient start colour (light)
 * @param backgroundBottom gradient end colour (light)
 * @param accent header band and label colour (dark)
 * @param pattern the faint security pattern behind the text
 * @param seed drives the pattern's phase and the portrait's shape
 */
public record FrontStyle(
    LabelSet labels,
    Placement placement,
    String fontFamily,
    Color backgroundTop,
    Color backgroundBottom,
    Color accent,
    Pattern pattern,
    long seed) {

  /** Fonts that Debian ships in fonts-dejavu-core (present wherever a JDK with fontconfig is). */
  public static final List<String> FONT_FAMILIES =
      List.of(
          "DejaVu Sans",
          "DejaVu Sans Condensed",
          "DejaVu Serif",
          "DejaVu Serif Condensed",
          "DejaVu Sans Mono");

  private static final List<Color> ACCENTS =
      List.of(
          new Color(0x1f3a68),
          new Color(0x7a1c1c),
          new Color(0x1d5e3a),
          new Color(0x4a2a6b),
          new Color(0x333333));

  /** Where a value is printed relative to its label. */
  public enum Placement {
    /** "3 DOB 04/18/1985" on one line. */
    INLINE,
    /** A small label with the value on the line below it. */
    ABOVE
  }

  /** The faint background pattern. */
  public enum Pattern {
    NONE,
    WAVES,
    DIAGONALS,
    ROSETTE
  }

  public FrontStyle {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(fontFamily, "fontFamily");
    if (labels == LabelSet.AAMVA_NUMBERED && placement == Placement.ABOVE) {
      throw new IllegalArgumentException(
          "bare AAMVA numbers above values are unreadable; use AAMVA_NAMED");
    }
  }

  /** A plain, AAMVA-numbered card in DejaVu Sans: the style tests start from. */
  public static FrontStyle standard() {
    return new FrontStyle(
        LabelSet.AAMVA_NUMBERED,
        Placement.INLINE,
        "DejaVu Sans",
        new Color(0xeef3fa),
        new Color(0xd8e4f2),
        ACCENTS.get(0),
        Pattern.WAVES,
        1L);
  }

  /** A style drawn from everything this renderer can vary. */
  // A seeded draw by index among the label sets: every corpus ever written depends on that order.
  @SuppressWarnings("EnumOrdinal")
  public static FrontStyle random(RandomGenerator random) {
    LabelSet labels = LabelSet.values()[random.nextInt(LabelSet.values().length)];
    Placement placement =
        labels == LabelSet.AAMVA_NUMBERED || random.nextBoolean()
            ? Placement.INLINE
            : Placement.ABOVE;
    return new FrontStyle(
        labels,
        placement,
        FONT_FAMILIES.get(random.nextInt(FONT_FAMILIES.size())),
        pastel(random),
        pastel(random),
        ACCENTS.get(random.nextInt(ACCENTS.size())),
        Pattern.values()[random.nextInt(Pattern.values().length)],
        random.nextLong());
  }

  private static Color pastel(RandomGenerator random) {
    return new Color(205 + random.nextInt(50), 205 + random.nextInt(50), 205 + random.nextInt(50));
  }
}
