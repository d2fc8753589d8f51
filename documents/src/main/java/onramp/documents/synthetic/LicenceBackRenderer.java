package onramp.documents.synthetic;

import com.google.zxing.WriterException;
import com.google.zxing.pdf417.encoder.Compaction;
import com.google.zxing.pdf417.encoder.PDF417;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Draws a licence-back-like card: the AAMVA payload as a PDF417 symbol the way licences print it
 * (byte compaction, so RS/LF/CR survive; rows three modules tall; a quiet zone), plus printed text
 * and lines so a decoder has to find the symbol among other marks. For tests and the synthetic
 * corpus; the people in the payloads are synthetic.
 */
public final class LicenceBackRenderer {
  /** AAMVA asks for rows at least three times the module width. */
  private static final int ROW_HEIGHT_MODULES = 3;

  private static final int QUIET_ZONE_MODULES = 2;

  private LicenceBackRenderer() {}

  public static BufferedImage render(String aamvaPayload, BackStyle style) {
    byte[][] modules = encode(aamvaPayload, style);
    int w = style.cardWidth();
    int h = style.cardHeight();
    BufferedImage card = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = card.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(style.tint());
      g.fillRect(0, 0, w, h);
      decorate(g, style);
      drawSymbol(g, modules, style);
    } finally {
      g.dispose();
    }
    return card;
  }

  /**
   * {@code base} with the column count (6–13) that prints this payload with the widest modules in
   * the card's barcode area, as issuers size their symbols: long payloads get more columns.
   */
  public static BackStyle fitted(String aamvaPayload, BackStyle base) {
    BackStyle best = base;
    double bestModule = 0;
    for (int columns = 6; columns <= 13; columns++) {
      BackStyle candidate = base.withColumns(columns);
      double module;
      try {
        module = moduleSize(encode(aamvaPayload, candidate), candidate);
      } catch (IllegalArgumentException tooFewColumns) {
        continue;
      }
      if (module > bestModule + 0.05) {
        bestModule = module;
        best = candidate;
      }
    }
    return best;
  }

  /** The symbol's modules, one byte per module (1 = black), each row already 3 modules tall. */
  public static byte[][] encode(String payload, BackStyle style) {
    PDF417 encoder = new PDF417(false);
    // BYTE keeps every control character; TEXT compaction turns RS into an apostrophe.
    encoder.setCompaction(Compaction.BYTE);
    encoder.setEncoding(StandardCharsets.ISO_8859_1);
    // (maxCols, minCols, maxRows, minRows)
    encoder.setDimensions(style.columns(), style.columns(), 90, 3);
    try {
      encoder.generateBarcodeLogic(payload, style.errorCorrectionLevel());
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "payload of "
              + payload.length()
              + " chars does not fit a PDF417 of "
              + style.columns()
              + " columns; use more columns or a lower error correction level",
          e);
    }
    byte[][] bottomUp = encoder.getBarcodeMatrix().getScaledMatrix(1, ROW_HEIGHT_MODULES);
    // ZXing's matrix lists the last row first (its writer flips it back while drawing).
    byte[][] rows = new byte[bottomUp.length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = bottomUp[bottomUp.length - 1 - i];
    }
    return rows;
  }

  private static void drawSymbol(Graphics2D g, byte[][] modules, BackStyle style) {
    int rows = modules.length;
    int cols = modules[0].length;
    int areaTop = style.cardHeight() * 30 / 100;
    int areaH = style.cardHeight() * 66 / 100;
    double module = moduleSize(modules, style);
    // Fractional module widths are kept: flooring 2.9 px to 2 would shrink the symbol by a
    // third. Without anti-aliasing each bar snaps to whole pixels, like a printer's dot jitter.
    double symbolW = cols * module;
    double symbolH = rows * module;
    double left = (style.cardWidth() - symbolW) / 2;
    double top = areaTop + (areaH - symbolH) / 2;
    g.setColor(Color.WHITE);
    double quiet = QUIET_ZONE_MODULES * module;
    g.fill(
        new java.awt.geom.Rectangle2D.Double(
            left - quiet, top - quiet, symbolW + 2 * quiet, symbolH + 2 * quiet));
    g.setColor(new Color(0x10, 0x10, 0x14));
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    for (int y = 0; y < rows; y++) {
      int x = 0;
      while (x < cols) {
        if (modules[y][x] == 1) {
          int start = x;
          while (x < cols && modules[y][x] == 1) {
            x++;
          }
          double x0 = left + start * module;
          double y0 = top + y * module;
          g.fill(new java.awt.geom.Rectangle2D.Double(x0, y0, (x - start) * module, module));
        } else {
          x++;
        }
      }
    }
  }

  /** Pixels per module when the symbol is as large as the barcode area allows. */
  private static double moduleSize(byte[][] modules, BackStyle style) {
    int areaW = style.cardWidth() * 92 / 100;
    int areaH = style.cardHeight() * 66 / 100;
    return Math.min(
        (double) areaW / (modules[0].length + 2 * QUIET_ZONE_MODULES),
        (double) areaH / (modules.length + 2 * QUIET_ZONE_MODULES));
  }

  private static final String[] LABELS = {
    "ENDORSEMENTS: NONE",
    "RESTRICTIONS: B",
    "CLASS: C",
    "ORGAN DONOR",
    "VETERAN",
    "DD 0123456789012345",
    "REV 07/2024"
  };

  private static final String[] FOOTERS = {
    "IF FOUND, DROP IN ANY MAILBOX",
    "THIS CARD IS THE PROPERTY OF THE ISSUING STATE",
    "NOT VALID FOR FEDERAL PURPOSES"
  };

  private static void decorate(Graphics2D g, BackStyle style) {
    SplittableRandom rnd = new SplittableRandom(style.seed());
    int w = style.cardWidth();
    int h = style.cardHeight();
    float unit = h / 638f;
    // A faint guilloche band, as security printing has.
    g.setColor(blend(style.tint(), new Color(0x6A, 0x8C, 0xB0), 0.35));
    g.setStroke(new BasicStroke(Math.max(1f, unit)));
    double phase = rnd.nextDouble() * Math.PI;
    for (int k = 0; k < 6; k++) {
      int prevX = 0;
      int prevY = (int) (h * 0.04);
      for (int x = 0; x <= w; x += 6) {
        int y = (int) (h * 0.04 + h * 0.02 * Math.sin(x / (35.0 * unit) + phase + k * 0.7));
        g.drawLine(prevX, prevY, x, y);
        prevX = x;
        prevY = y;
      }
    }
    g.setColor(new Color(0x22, 0x22, 0x2A));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(22 * unit)));
    int y = Math.round(h * 0.12f);
    int left = Math.round(w * 0.05f);
    for (int line = 0; line < 4; line++) {
      String text = LABELS[rnd.nextInt(LABELS.length)];
      g.drawString(text, left + (line % 2) * w / 2, y + (line / 2) * Math.round(28 * unit));
      if (line == 1) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(18 * unit)));
      }
    }
    g.setStroke(new BasicStroke(Math.max(1f, 2 * unit)));
    g.drawLine(left, Math.round(h * 0.26f), w - left, Math.round(h * 0.26f));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(14 * unit)));
    g.drawString(FOOTERS[rnd.nextInt(FOOTERS.length)], left, h - Math.round(8 * unit));
  }

  private static Color blend(Color a, Color b, double t) {
    return new Color(
        (int) (a.getRed() * (1 - t) + b.getRed() * t),
        (int) (a.getGreen() * (1 - t) + b.getGreen() * t),
        (int) (a.getBlue() * (1 - t) + b.getBlue() * t));
  }
}
