package onramp.documents.synthetic;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.SplittableRandom;

/** The parts of a card that carry no data: gradient, security pattern, portrait placeholder. */
final class CardBackground {
  static final int WIDTH = 1012;
  static final int HEIGHT = 638;
  static final int HEADER = 96;
  static final int PORTRAIT_X = 34;
  static final int PORTRAIT_Y = 124;
  static final int PORTRAIT_W = 262;
  static final int PORTRAIT_H = 330;

  private CardBackground() {}

  static void paint(Graphics2D g, FrontStyle style) {
    SplittableRandom random = new SplittableRandom(style.seed());
    g.setPaint(
        new GradientPaint(0, 0, style.backgroundTop(), WIDTH, HEIGHT, style.backgroundBottom()));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    Composite plain = g.getComposite();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.10f));
    g.setColor(style.accent());
    g.setStroke(new BasicStroke(1.2f));
    switch (style.pattern()) {
      case WAVES -> waves(g, random);
      case DIAGONALS -> diagonals(g);
      case ROSETTE -> rosette(g, random);
      case NONE -> {}
    }
    g.setComposite(plain);
    g.setColor(style.accent());
    g.fillRect(0, 0, WIDTH, HEADER);
    portrait(g, random);
  }

  private static void waves(Graphics2D g, SplittableRandom random) {
    double phase = random.nextDouble() * Math.PI * 2;
    for (int y0 = HEADER; y0 < HEIGHT + 20; y0 += 18) {
      Path2D.Double line = new Path2D.Double();
      line.moveTo(0, y0);
      for (int x = 0; x <= WIDTH; x += 8) {
        line.lineTo(x, y0 + 7 * Math.sin(x / 37.0 + phase + y0 / 50.0));
      }
      g.draw(line);
    }
  }

  private static void diagonals(Graphics2D g) {
    for (int x = -HEIGHT; x < WIDTH; x += 16) {
      g.drawLine(x, HEIGHT, x + HEIGHT, HEADER);
    }
  }

  private static void rosette(Graphics2D g, SplittableRandom random) {
    double cx = 500 + random.nextInt(300);
    double cy = 250 + random.nextInt(250);
    for (int i = 0; i < 48; i++) {
      double a = i * Math.PI / 24;
      double r = 110;
      g.draw(
          new Ellipse2D.Double(
              cx + Math.cos(a) * r / 2 - r, cy + Math.sin(a) * r / 2 - r, 2 * r, 2 * r));
    }
  }

  /** A grey silhouette where the holder's photo would be. */
  private static void portrait(Graphics2D g, SplittableRandom random) {
    g.setColor(new Color(0xb4b4b4));
    g.fillRect(PORTRAIT_X, PORTRAIT_Y, PORTRAIT_W, PORTRAIT_H);
    g.setColor(new Color(0x8a8a8a));
    double headW = PORTRAIT_W * (0.40 + random.nextDouble() * 0.08);
    double headH = PORTRAIT_H * (0.40 + random.nextDouble() * 0.06);
    double cx = PORTRAIT_X + PORTRAIT_W / 2.0;
    g.fill(new Ellipse2D.Double(cx - headW / 2, PORTRAIT_Y + PORTRAIT_H * 0.12, headW, headH));
    g.setClip(PORTRAIT_X, PORTRAIT_Y, PORTRAIT_W, PORTRAIT_H);
    g.fill(
        new Ellipse2D.Double(
            PORTRAIT_X + PORTRAIT_W * 0.08,
            PORTRAIT_Y + PORTRAIT_H * 0.62,
            PORTRAIT_W * 0.84,
            PORTRAIT_H * 0.8));
    g.setClip(null);
  }
}
