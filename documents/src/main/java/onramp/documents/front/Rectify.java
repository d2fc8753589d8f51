package onramp.documents.front;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import onramp.documents.image.Warp;

/** Maps the card's quadrilateral in a photo onto an upright grey rectangle, bilinear. */
final class Rectify {
  /** An ID-1 card (85.6 × 54 mm) at 300 dpi, in pixels: its proportions. */
  static final int CARD_WIDTH = 1012;

  static final int CARD_HEIGHT = 638;

  private Rectify() {}

  /**
   * The quad (clockwise from top-left) as a grey image whose long side is {@code longSide}, in the
   * card's 1012×638 proportions; portrait when the quad's first edge is its short one.
   */
  static BufferedImage card(BufferedImage photo, Point2D[] quad, int longSide) {
    double top = (quad[0].distance(quad[1]) + quad[3].distance(quad[2])) / 2;
    double side = (quad[1].distance(quad[2]) + quad[0].distance(quad[3])) / 2;
    int shortSide = (int) Math.round(longSide * (double) CARD_HEIGHT / CARD_WIDTH);
    int w = top >= side ? longSide : shortSide;
    int h = top >= side ? shortSide : longSide;
    return Warp.rectify(photo, quad, w, h);
  }
}
