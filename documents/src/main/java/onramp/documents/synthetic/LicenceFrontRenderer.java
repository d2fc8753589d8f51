package onramp.documents.synthetic;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import onramp.documents.synthetic.FrontLayout.Cell;

/**
 * Draws a synthetic US licence front, CR80 at 300 dpi (1012×638), in the printed formats of real
 * cards (MM/DD/CCYY, 5'-09", AAMVA field numbers). Same content and style, same pixels.
 */
public final class LicenceFrontRenderer {
  private static final int LEFT = CardBackground.PORTRAIT_X + CardBackground.PORTRAIT_W + 34;
  private static final int RIGHT_MARGIN = 22;
  private static final int TOP = CardBackground.HEADER + 20;
  private static final int BOTTOM_MARGIN = 14;

  /** Space between fields on a row, in font sizes: wide, as on real cards, so fields stay apart. */
  private static final float CELL_GAP = 2.2f;

  private static final Color INK = new Color(0x141414);

  private LicenceFrontRenderer() {}

  public static BufferedImage render(FrontContent content, FrontStyle style) {
    BufferedImage image =
        new BufferedImage(CardBackground.WIDTH, CardBackground.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      CardBackground.paint(g, style);
      header(g, content, style);
      fields(g, FrontLayout.rows(content, style), style);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void header(Graphics2D g, FrontContent content, FrontStyle style) {
    g.setColor(Color.WHITE);
    g.setFont(new Font(style.fontFamily(), Font.BOLD, 46));
    g.drawString(content.jurisdictionName(), 30, 64);
    g.setFont(new Font(style.fontFamily(), Font.BOLD, 24));
    String title = "DRIVER LICENSE";
    int width = g.getFontMetrics().stringWidth(title);
    g.drawString(title, CardBackground.WIDTH - width - 28, 44);
    g.setFont(new Font(style.fontFamily(), Font.PLAIN, 20));
    g.drawString("USA", CardBackground.WIDTH - g.getFontMetrics().stringWidth("USA") - 28, 76);
  }

  /** Lays the rows out at the largest font size (up to 28 px) that fits the card. */
  private static void fields(Graphics2D g, List<List<Cell>> rows, FrontStyle style) {
    float size = 28f;
    while (size > 14 && !fits(g, rows, style, size)) {
      size -= 1f;
    }
    float y = TOP;
    for (List<Cell> row : rows) {
      y = row(g, row, style, size, y, true);
    }
  }

  private static boolean fits(Graphics2D g, List<List<Cell>> rows, FrontStyle style, float size) {
    float y = TOP;
    for (List<Cell> row : rows) {
      y = row(g, row, style, size, y, false);
      if (y > CardBackground.HEIGHT - BOTTOM_MARGIN) {
        return false;
      }
    }
    return true;
  }

  /** Draws (or only measures) one row and returns the top of the next. */
  private static float row(
      Graphics2D g, List<Cell> row, FrontStyle style, float size, float top, boolean draw) {
    Font labelFont = new Font(style.fontFamily(), Font.PLAIN, 1).deriveFont(size * 0.68f);
    float x = LEFT;
    float bottom = top;
    for (Cell cell : row) {
      Font valueFont =
          new Font(style.fontFamily(), cell.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
      FontMetrics labels = g.getFontMetrics(labelFont);
      FontMetrics values = g.getFontMetrics(valueFont);
      int labelWidth = cell.label().isEmpty() ? 0 : labels.stringWidth(cell.label());
      int valueWidth = cell.lines().stream().mapToInt(values::stringWidth).max().orElse(0);
      float lineHeight = size * 1.22f;
      float valueX = x;
      float firstBaseline = top + size;
      float cellWidth;
      if (style.placement() == FrontStyle.Placement.INLINE) {
        valueX = x + labelWidth + (labelWidth > 0 ? size * 0.45f : 0);
        cellWidth = valueX - x + valueWidth;
        bottom = Math.max(bottom, top + lineHeight * cell.lines().size() + size * 0.5f);
      } else {
        firstBaseline = top + size * 0.68f + size * 1.1f;
        cellWidth = Math.max(labelWidth, valueWidth);
        bottom =
            Math.max(bottom, firstBaseline + lineHeight * (cell.lines().size() - 1) + size * 0.6f);
      }
      if (draw) {
        g.setColor(style.accent());
        g.setFont(labelFont);
        float labelBaseline =
            style.placement() == FrontStyle.Placement.INLINE ? firstBaseline : top + size * 0.68f;
        g.drawString(cell.label(), x, labelBaseline);
        g.setColor(INK);
        g.setFont(valueFont);
        for (int i = 0; i < cell.lines().size(); i++) {
          g.drawString(cell.lines().get(i), valueX, firstBaseline + i * lineHeight);
        }
      }
      x += cellWidth + CELL_GAP * size;
    }
    if (x - CELL_GAP * size > CardBackground.WIDTH - RIGHT_MARGIN) {
      return Float.MAX_VALUE;
    }
    return bottom;
  }
}
