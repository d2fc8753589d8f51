package onramp.documents.synthetic;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import onramp.documents.image.Bounds;
import onramp.documents.image.ImageBytes;
import onramp.documents.image.Warp;

/**
 * Turns a flat card image into something like a phone photo of it: the card lies on a desk, seen at
 * an angle and rotated, with glare, blur, sensor noise, lower resolution and JPEG compression.
 * Deterministic for a {@link Camera#seed()}; Java2D only.
 */
public final class CameraEffects {
  private static final Color[] DESKS = {
    new Color(0x8B, 0x5A, 0x2B), new Color(0xC8, 0xA2, 0x76), new Color(0x55, 0x55, 0x5A),
    new Color(0xE6, 0xE3, 0xDC), new Color(0x2E, 0x2A, 0x28), new Color(0x6E, 0x7F, 0x8C)
  };

  private CameraEffects() {}

  public static BufferedImage apply(BufferedImage card, Camera camera) {
    return apply(card, camera, 0);
  }

  /**
   * The same photo with {@code extraMargin} more desk round the card (as a fraction of its size): a
   * small card in a large photo. With 0 it is exactly {@link #apply(BufferedImage, Camera)}; the
   * random draws are the same whatever the margin.
   */
  public static BufferedImage apply(BufferedImage card, Camera camera, double extraMargin) {
    if (!(extraMargin >= 0 && extraMargin <= 4)) {
      throw new IllegalArgumentException("extraMargin must be within 0..4, was " + extraMargin);
    }
    SplittableRandom rnd = new SplittableRandom(camera.seed());
    // A sensor pixel integrates light over its area; blur before shrinking so fine bars average
    // out instead of aliasing into false bars no camera would see.
    BufferedImage source =
        camera.scale() < 1 ? Filters.gaussianBlur(toRgb(card), 0.42 / camera.scale()) : toRgb(card);
    Point2D[] quad = placeCard(card.getWidth(), card.getHeight(), camera, rnd);
    double margin = rnd.nextDouble(0.12, 0.35) + extraMargin;
    Bounds bounds = Bounds.of(quad);
    double minX = bounds.minX();
    double minY = bounds.minY();
    double maxX = bounds.maxX();
    double maxY = bounds.maxY();
    int width = (int) Math.ceil((maxX - minX) * (1 + margin));
    int height = (int) Math.ceil((maxY - minY) * (1 + margin));
    double offX =
        width / 2.0 - (minX + maxX) / 2 + rnd.nextDouble(-0.25, 0.25) * (width - (maxX - minX));
    double offY =
        height / 2.0 - (minY + maxY) / 2 + rnd.nextDouble(-0.25, 0.25) * (height - (maxY - minY));
    for (Point2D p : quad) {
      p.setLocation(p.getX() + offX, p.getY() + offY);
    }
    BufferedImage photo = desk(width, height, rnd);
    Warp.draw(source, quad, photo);
    light(photo, quad, camera.glare(), rnd);
    BufferedImage result = Filters.gaussianBlur(photo, camera.blurRadius());
    result = Filters.noise(result, camera.noiseSigma(), rnd.nextLong());
    if (camera.jpegQuality() > 0) {
      result = reread(ImageBytes.toJpeg(result, camera.jpegQuality()));
    }
    return result;
  }

  /** The card's corners in the photo (before centring): keystone, then scale, then rotation. */
  private static Point2D[] placeCard(int w, int h, Camera camera, SplittableRandom rnd) {
    double phi = rnd.nextDouble(0, 2 * Math.PI);
    double a = camera.perspective() * Math.cos(phi);
    double b = camera.perspective() * Math.sin(phi);
    double rad = Math.toRadians(camera.rotationDegrees());
    double cos = Math.cos(rad);
    double sin = Math.sin(rad);
    double[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
    Point2D[] quad = new Point2D[4];
    for (int i = 0; i < 4; i++) {
      double nx = corners[i][0];
      double ny = corners[i][1];
      // A projective divide in normalised card coordinates: the far edge comes out shorter.
      double depth = 1 + a * nx + b * ny;
      double x = nx / depth * w / 2 * camera.scale();
      double y = ny / depth * h / 2 * camera.scale();
      // Counter-clockwise as seen on screen (y grows downwards).
      quad[i] = new Point2D.Double(x * cos + y * sin, -x * sin + y * cos);
    }
    return quad;
  }

  private static BufferedImage desk(int width, int height, SplittableRandom rnd) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      Color base = DESKS[rnd.nextInt(DESKS.length)];
      g.setColor(base);
      g.fillRect(0, 0, width, height);
      // Wood grain or fabric: long low-contrast streaks.
      double angle = rnd.nextDouble(-0.3, 0.3);
      g.rotate(angle, width / 2.0, height / 2.0);
      int streaks = 40 + rnd.nextInt(60);
      for (int i = 0; i < streaks; i++) {
        int shade = rnd.nextInt(-22, 23);
        g.setColor(
            new Color(
                clamp(base.getRed() + shade),
                clamp(base.getGreen() + shade),
                clamp(base.getBlue() + shade)));
        int y = rnd.nextInt(-height / 2, height * 3 / 2);
        g.fillRect(-width / 2, y, width * 2, 1 + rnd.nextInt(Math.max(2, height / 60)));
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Uneven room light across the frame, and a glare spot over part of the card. */
  private static void light(
      BufferedImage photo, Point2D[] quad, double glare, SplittableRandom rnd) {
    Graphics2D g = photo.createGraphics();
    try {
      int w = photo.getWidth();
      int h = photo.getHeight();
      float shade = (float) rnd.nextDouble(0.05, 0.2);
      g.setPaint(
          new java.awt.GradientPaint(
              0, 0, new Color(0, 0, 0, 0), w, h, new Color(0f, 0f, 0f, shade)));
      g.fillRect(0, 0, w, h);
      if (glare > 0) {
        double t = rnd.nextDouble();
        double s = rnd.nextDouble();
        double x =
            lerp(
                lerp(quad[0].getX(), quad[1].getX(), t),
                lerp(quad[3].getX(), quad[2].getX(), t),
                s);
        double y =
            lerp(
                lerp(quad[0].getY(), quad[1].getY(), t),
                lerp(quad[3].getY(), quad[2].getY(), t),
                s);
        float radius = (float) (quad[0].distance(quad[2]) * rnd.nextDouble(0.12, 0.3));
        g.setComposite(AlphaComposite.SrcOver);
        g.translate(x, y);
        g.scale(1.6, 1);
        g.setPaint(
            new RadialGradientPaint(
                new Point2D.Double(0, 0),
                radius,
                new float[] {0f, 0.45f, 1f},
                new Color[] {
                  new Color(1f, 1f, 1f, (float) glare),
                  new Color(1f, 1f, 1f, (float) (glare * 0.6)),
                  new Color(1f, 1f, 1f, 0f)
                }));
        g.fillOval((int) -radius, (int) -radius, (int) (2 * radius), (int) (2 * radius));
      }
    } finally {
      g.dispose();
    }
  }

  private static BufferedImage toRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.drawImage(image, 0, 0, Color.WHITE, null);
    g.dispose();
    return rgb;
  }

  private static BufferedImage reread(byte[] jpeg) {
    try {
      return ImageIO.read(new ByteArrayInputStream(jpeg));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
