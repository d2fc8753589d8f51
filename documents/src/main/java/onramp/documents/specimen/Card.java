package onramp.documents.specimen;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import onramp.documents.specimen.SpecimenFonts.Face;
import onramp.documents.synthetic.FrontContent;

/**
 * One card being printed: the canvas, the content, the layout's formats, and the drawing primitives
 * the designs ({@link Designs}) are made of. Every random draw happens whether or not text is
 * drawn, so a render without text ({@link SpecimenFronts#background}) has the same background pixel
 * for pixel.
 */
final class Card {
  static final int WIDTH = 1012;
  static final int HEIGHT = 638;

  /** What a printed value is; the text-region tests look these up. */
  enum Role {
    TITLE,
    NUMBER,
    LAST_NAME,
    GIVEN_NAMES,
    FULL_NAME,
    DATE_OF_BIRTH,
    ISSUE_DATE,
    EXPIRATION_DATE,
    SEX,
    HEIGHT,
    EYES,
    CLASS,
    ENDORSEMENTS,
    RESTRICTIONS,
    STREET,
    CITY_LINE,
    LABEL,
    DECORATION
  }

  /** Where a label stands relative to its value. */
  enum LabelStyle {
    INLINE,
    ABOVE
  }

  /** A piece of text as placed on the card. */
  record Drawn(Role role, String text, Rectangle2D box) {}

  final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
  final Graphics2D g;
  final FrontContent c;
  final SpecimenLayout layout;
  final SplittableRandom rnd;
  final boolean printText;
  final List<Drawn> drawn = new ArrayList<>();

  // The current typography, set by a design before it places fields.
  Font labelFont;
  Font valueFont;
  Color labelColor = Color.DARK_GRAY;
  Color valueColor = Color.BLACK;
  LabelStyle labelStyle = LabelStyle.INLINE;
  double labelGap = 8;

  Card(FrontContent c, SpecimenLayout layout, long seed, boolean printText) {
    this.c = c;
    this.layout = layout;
    this.rnd = new SplittableRandom(seed);
    this.printText = printText;
    this.g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    labelFont = font(Face.DEJAVU_SANS, false, 15);
    valueFont = font(Face.DEJAVU_SANS, true, 24);
  }

  // ---- values as this layout prints them ---------------------------------------------------

  String value(Role role) {
    return switch (role) {
      case NUMBER -> c.licenceNumber();
      case LAST_NAME -> layout.suffixAfterGiven ? c.lastName() : withSuffix(c.lastName());
      case GIVEN_NAMES -> {
        String given = c.middleName().map(m -> c.firstName() + " " + m).orElse(c.firstName());
        yield layout.suffixAfterGiven ? withSuffix(given) : given;
      }
      case FULL_NAME ->
          value(Role.LAST_NAME)
              + ","
              + (layout.spaceAfterComma ? " " : "")
              + value(Role.GIVEN_NAMES);
      case DATE_OF_BIRTH -> layout.dates.format(c.dateOfBirth());
      case ISSUE_DATE -> layout.dates.format(c.issueDate());
      case EXPIRATION_DATE -> layout.dates.format(c.expirationDate());
      case SEX -> c.sex();
      case HEIGHT -> layout.heights.format(c.heightInches());
      case EYES -> c.eyeColor();
      case CLASS -> c.licenseClass();
      case ENDORSEMENTS -> c.endorsements();
      case RESTRICTIONS -> c.restrictions();
      case STREET -> c.street();
      case CITY_LINE -> c.city() + ", " + c.state() + " " + c.postalCode();
      case TITLE, LABEL, DECORATION -> "";
    };
  }

  /** Given names then surname on one line, as some cards print them. */
  String firstLast() {
    return c.middleName().map(m -> c.firstName() + " " + m).orElse(c.firstName())
        + " "
        + withSuffix(c.lastName());
  }

  private String withSuffix(String s) {
    return c.suffix().map(x -> s + " " + x).orElse(s);
  }

  // ---- random variation ----------------------------------------------------------------------

  /** {@code v} moved by up to ±{@code by}. */
  double jitter(double v, double by) {
    return v + rnd.nextDouble(-by, by);
  }

  /** A colour moved a little in each channel (print runs and card stock differ). */
  Color tint(int rgb, int by) {
    Color base = new Color(rgb);
    return new Color(
        clamp(base.getRed() + rnd.nextInt(-by, by + 1)),
        clamp(base.getGreen() + rnd.nextInt(-by, by + 1)),
        clamp(base.getBlue() + rnd.nextInt(-by, by + 1)));
  }

  static Color alpha(Color c, double a) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), clamp((int) Math.round(a * 255)));
  }

  static Font font(Face face, boolean bold, double size) {
    return SpecimenFonts.font(face, bold, size, 1);
  }

  static Font condensed(Face face, boolean bold, double size, double factor) {
    return SpecimenFonts.font(face, bold, size, factor);
  }

  // ---- text ----------------------------------------------------------------------------------

  /**
   * Draws {@code s} with its baseline at {@code y}, squeezed horizontally to {@code maxWidth} when
   * longer (as card printers do with long names); returns the width used.
   */
  double text(Role role, String s, Font f, Color col, double x, double y, double maxWidth) {
    if (s.isEmpty()) {
      return 0;
    }
    FontRenderContext frc = g.getFontRenderContext();
    TextLayout probe = new TextLayout(s, f, frc);
    double width = probe.getAdvance();
    Font used = f;
    if (width > maxWidth) {
      // deriveFont(AffineTransform) replaces the font's transform: keep a condensed face condensed.
      AffineTransform squeeze = new AffineTransform(f.getTransform());
      squeeze.preConcatenate(AffineTransform.getScaleInstance(maxWidth / width, 1));
      used = f.deriveFont(squeeze);
    }
    TextLayout t = new TextLayout(s, used, frc);
    width = t.getAdvance();
    Rectangle2D box =
        new Rectangle2D.Double(x, y - t.getAscent(), width, t.getAscent() + t.getDescent());
    drawn.add(new Drawn(role, s, box));
    if (printText) {
      g.setColor(col);
      t.draw(g, (float) x, (float) y);
    }
    return width;
  }

  double textWidth(String s, Font f) {
    return s.isEmpty() ? 0 : new TextLayout(s, f, g.getFontRenderContext()).getAdvance();
  }

  /** A field in the current typography: label (may be empty) and value, inline or label above. */
  void field(Role role, String label, double x, double y, double maxWidth) {
    fieldValue(role, label, value(role), x, y, maxWidth, valueColor);
  }

  void field(Role role, String label, double x, double y, double maxWidth, Color colour) {
    fieldValue(role, label, value(role), x, y, maxWidth, colour);
  }

  void fieldValue(
      Role role, String label, String value, double x, double y, double maxWidth, Color colour) {
    if (label.isEmpty()) {
      text(role, value, valueFont, colour, x, y, maxWidth);
    } else if (labelStyle == LabelStyle.INLINE) {
      double w = text(Role.LABEL, label, labelFont, labelColor, x, y, maxWidth / 2);
      text(role, value, valueFont, colour, x + w + labelGap, y, maxWidth - w - labelGap);
    } else {
      double valueSize = valueFont.getSize2D();
      text(Role.LABEL, label, labelFont, labelColor, x, y - valueSize * 0.98 - 2, maxWidth);
      text(role, value, valueFont, colour, x, y, maxWidth);
    }
  }

  // ---- ornaments -------------------------------------------------------------------------------

  void gradient(Color a, Color b, boolean vertical) {
    g.setPaint(new GradientPaint(0, 0, a, vertical ? 0 : WIDTH, vertical ? HEIGHT : 0, b));
    g.fillRect(0, 0, WIDTH, HEIGHT);
  }

  /**
   * Guilloche: families of fine sinusoidal lines, each line shifted in phase from the last, so two
   * families cross in the moiré of banknotes and ID cards.
   */
  void guilloche(
      Color col,
      double alpha,
      int lines,
      double amplitude,
      double wavelength,
      double phaseStep,
      double stroke,
      double angleDegrees) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.rotate(Math.toRadians(angleDegrees), WIDTH / 2.0, HEIGHT / 2.0);
      g2.setColor(alpha(col, alpha));
      g2.setStroke(new BasicStroke((float) stroke));
      double phase0 = rnd.nextDouble(0, 2 * Math.PI);
      double span = HEIGHT * 1.8;
      for (int i = 0; i < lines; i++) {
        double y0 = -HEIGHT * 0.4 + i * span / lines;
        Path2D p = new Path2D.Double();
        for (double x = -WIDTH * 0.3; x <= WIDTH * 1.3; x += 3) {
          double y =
              y0
                  + amplitude * Math.sin(2 * Math.PI * x / wavelength + phase0 + i * phaseStep)
                  + amplitude
                      * 0.3
                      * Math.sin(2 * Math.PI * x / (wavelength * 0.41) - i * phaseStep * 1.7);
          if (x == -WIDTH * 0.3) {
            p.moveTo(x, y);
          } else {
            p.lineTo(x, y);
          }
        }
        g2.draw(p);
      }
    } finally {
      g2.dispose();
    }
  }

  /** A rosette: closed polar curves r(θ) = R(0.7 + 0.3 sin(nθ + k)), several shifted copies. */
  void rosette(
      double cx, double cy, double radius, int petals, int copies, Color col, double alpha) {
    g.setColor(alpha(col, alpha));
    g.setStroke(new BasicStroke(0.8f));
    for (int k = 0; k < copies; k++) {
      Path2D p = new Path2D.Double();
      double shift = k * 2 * Math.PI / copies / petals;
      for (int s = 0; s <= 720; s++) {
        double th = s * Math.PI / 360;
        double r = radius * (0.7 + 0.3 * Math.sin(petals * th + shift * petals));
        double x = cx + r * Math.cos(th);
        double y = cy + r * Math.sin(th);
        if (s == 0) {
          p.moveTo(x, y);
        } else {
          p.lineTo(x, y);
        }
      }
      g.draw(p);
    }
  }

  /**
   * A faint state seal or provincial emblem: rings, a star, and the issuer's name round the rim.
   */
  void seal(double cx, double cy, double r, Color col, double alpha, String rim, Face face) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setColor(alpha(col, alpha));
      g2.setStroke(new BasicStroke((float) Math.max(1.5, r / 60)));
      g2.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
      g2.draw(new Ellipse2D.Double(cx - r * 0.78, cy - r * 0.78, r * 1.56, r * 1.56));
      g2.fill(star(cx, cy, r * 0.45, r * 0.18, 5 + rnd.nextInt(0, 4)));
      for (int i = 0; i < 36; i++) {
        double a = i * Math.PI / 18;
        g2.fill(
            new Ellipse2D.Double(
                cx + r * 0.6 * Math.cos(a) - 2, cy + r * 0.6 * Math.sin(a) - 2, 4, 4));
      }
      // The rim text: one glyph at a time, rotated round the centre.
      Font f = font(face, true, r * 0.14);
      double ang = -Math.PI * 0.95;
      double step = Math.PI * 1.9 / Math.max(1, rim.length());
      for (char ch : rim.toCharArray()) {
        AffineTransform old = g2.getTransform();
        g2.translate(cx + r * 0.83 * Math.cos(ang), cy + r * 0.83 * Math.sin(ang));
        g2.rotate(ang + Math.PI / 2);
        g2.setFont(f);
        if (printText) {
          g2.drawString(String.valueOf(ch), (float) (-r * 0.04), 0f);
        }
        g2.setTransform(old);
        ang += step;
      }
    } finally {
      g2.dispose();
    }
  }

  static Shape star(double cx, double cy, double outer, double inner, int points) {
    Path2D p = new Path2D.Double();
    for (int i = 0; i < points * 2; i++) {
      double r = i % 2 == 0 ? outer : inner;
      double a = -Math.PI / 2 + i * Math.PI / points;
      if (i == 0) {
        p.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
      } else {
        p.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
      }
    }
    p.closePath();
    return p;
  }

  /** A synthetic portrait: backdrop, shoulders, neck, head and hair; no real face. */
  void portrait(double x, double y, double w, double h, double alpha, boolean grey) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
      g2.clip(new Rectangle2D.Double(x, y, w, h));
      Color backdrop = grey ? new Color(0xC8C8C8) : tint(0x9FB4C8, 18);
      g2.setPaint(
          new GradientPaint(
              (float) x, (float) y, backdrop.brighter(), (float) x, (float) (y + h), backdrop));
      g2.fill(new Rectangle2D.Double(x, y, w, h));
      int[] skins = {0xF1C7A5, 0xD9A27E, 0xB07A55, 0x8A5A3C, 0x5E3B26, 0xE8B896};
      Color skin = grey ? new Color(0x8C8C8C) : tint(skins[rnd.nextInt(skins.length)], 8);
      Color shirt =
          grey
              ? new Color(0x505050)
              : tint(new int[] {0x2B3A55, 0x3D3D3D, 0x6B2B2B, 0x2F5A3A}[rnd.nextInt(4)], 10);
      Color hair =
          grey
              ? new Color(0x303030)
              : tint(
                  new int[] {0x1E1610, 0x4A3020, 0x8C6A3A, 0x2A2A2A, 0xB8B0A0}[rnd.nextInt(5)], 8);
      double cx = x + w * jitter(0.5, 0.04);
      g2.setColor(shirt);
      g2.fill(new Ellipse2D.Double(cx - w * 0.52, y + h * 0.72, w * 1.04, h * 0.62));
      g2.setColor(skin.darker());
      g2.fill(new Rectangle2D.Double(cx - w * 0.09, y + h * 0.55, w * 0.18, h * 0.2));
      g2.setColor(skin);
      double hw = w * jitter(0.42, 0.04);
      double hh = h * jitter(0.5, 0.03);
      g2.fill(new Ellipse2D.Double(cx - hw / 2, y + h * 0.16, hw, hh));
      g2.setColor(hair);
      g2.fill(
          new java.awt.geom.Arc2D.Double(
              cx - hw * 0.56, y + h * 0.1, hw * 1.12, hh * 0.7, 0, 180, java.awt.geom.Arc2D.CHORD));
      g2.setColor(alpha(Color.BLACK, 0.6));
      g2.fill(new Ellipse2D.Double(cx - hw * 0.22, y + h * 0.37, hw * 0.1, hh * 0.06));
      g2.fill(new Ellipse2D.Double(cx + hw * 0.12, y + h * 0.37, hw * 0.1, hh * 0.06));
    } finally {
      g2.dispose();
    }
  }

  /** A handwritten-looking signature: a few joined loops. */
  void signature(double x, double y, double w, Color col) {
    Path2D p = new Path2D.Double();
    p.moveTo(x, y);
    double px = x;
    int loops = 5 + rnd.nextInt(5);
    for (int i = 0; i < loops; i++) {
      double nx = px + w / loops;
      p.curveTo(
          px + w / loops * 0.3,
          y - rnd.nextDouble(8, 30),
          nx - w / loops * 0.2,
          y + rnd.nextDouble(-6, 14),
          nx,
          y + rnd.nextDouble(-8, 8));
      px = nx;
    }
    g.setColor(col);
    g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(p);
  }

  /** A line of tiny repeated text (microprint), a security feature and a source of OCR noise. */
  void microprint(String word, double y, Color col, double size) {
    StringBuilder b = new StringBuilder();
    while (b.length() < 220) {
      b.append(word).append(' ');
    }
    Font f = font(Face.DEJAVU_SANS, false, size);
    if (printText) {
      g.setFont(f);
      g.setColor(col);
      g.drawString(b.toString(), 4f, (float) y);
    }
  }

  /** A coloured band across the card (a header or footer stripe). */
  void band(double y, double h, Color a, Color b) {
    g.setPaint(new GradientPaint(0, (float) y, a, WIDTH, (float) y, b));
    g.fill(new Rectangle2D.Double(0, y, WIDTH, h));
  }

  /** Rolling hills or waves across the lower card (BC's mountains, a state's landscape). */
  void waves(double baseY, double amplitude, double wavelength, Color col, double alpha) {
    Path2D p = new Path2D.Double();
    p.moveTo(0, HEIGHT);
    double phase = rnd.nextDouble(0, 2 * Math.PI);
    for (double x = 0; x <= WIDTH; x += 4) {
      p.lineTo(
          x,
          baseY
              + amplitude * Math.sin(2 * Math.PI * x / wavelength + phase)
              + amplitude
                  * 0.5
                  * Math.abs(Math.sin(2 * Math.PI * x / (wavelength * 0.37) + phase)));
    }
    p.lineTo(WIDTH, HEIGHT);
    p.closePath();
    g.setColor(alpha(col, alpha));
    g.fill(p);
  }

  void roundedFrame(Color col, double stroke) {
    g.setColor(col);
    g.setStroke(new BasicStroke((float) stroke));
    g.draw(
        new RoundRectangle2D.Double(
            stroke, stroke, WIDTH - 2 * stroke, HEIGHT - 2 * stroke, 36, 36));
  }

  /** Corners of a CR80 card are rounded: what lies outside is the white of the render. */
  void roundCorners() {
    Shape inside = new RoundRectangle2D.Double(0, 0, WIDTH, HEIGHT, 48, 48);
    java.awt.geom.Area outside =
        new java.awt.geom.Area(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    outside.subtract(new java.awt.geom.Area(inside));
    g.setColor(Color.WHITE);
    g.fill(outside);
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
