package onramp.documents.image;

import java.awt.geom.Point2D;

/** The smallest upright rectangle holding some points, by its extreme coordinates. */
public record Bounds(double minX, double minY, double maxX, double maxY) {

  public static Bounds of(Point2D... points) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Point2D p : points) {
      minX = Math.min(minX, p.getX());
      minY = Math.min(minY, p.getY());
      maxX = Math.max(maxX, p.getX());
      maxY = Math.max(maxY, p.getY());
    }
    return new Bounds(minX, minY, maxX, maxY);
  }
}
