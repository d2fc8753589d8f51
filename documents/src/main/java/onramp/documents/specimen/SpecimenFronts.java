package onramp.documents.specimen;

import java.awt.image.BufferedImage;
import java.util.List;
import onramp.documents.synthetic.FrontContent;

/**
 * Renders a licence front in one of the {@link SpecimenLayout}s: a 1012 × 638 card (300 dpi CR80).
 * It prints exactly the values of the {@link FrontContent}, in the layout's formats (dates, height
 * in cm on Canadian layouts); the seed varies colours, small offsets, the portrait and the
 * background, never the values.
 */
public final class SpecimenFronts {
  public static final int WIDTH = Card.WIDTH;
  public static final int HEIGHT = Card.HEIGHT;

  private SpecimenFronts() {}

  public static BufferedImage render(FrontContent content, SpecimenLayout layout, long seed) {
    return paint(content, layout, seed, true).image;
  }

  /** What was printed where; for tests. */
  static List<Card.Drawn> layout(FrontContent content, SpecimenLayout layout, long seed) {
    return paint(content, layout, seed, true).drawn;
  }

  /** The same card without its text (background, portrait, seal): for tests that text was drawn. */
  static BufferedImage background(FrontContent content, SpecimenLayout layout, long seed) {
    return paint(content, layout, seed, false).image;
  }

  private static Card paint(FrontContent content, SpecimenLayout layout, long seed, boolean text) {
    Card card = new Card(content, layout, seed, text);
    try {
      layout.design.accept(card);
    } finally {
      card.g.dispose();
    }
    return card;
  }
}
