package onramp.documents.synthetic;

import java.util.random.RandomGenerator;

/**
 * A simulated phone photo of a card.
 *
 * @param rotationDegrees counter-clockwise rotation of the card in the frame; any value, so 90 and
 *     180 model a card photographed sideways or upside down
 * @param perspective keystone strength, 0 (camera square above the card) to about 0.3
 * @param blurRadius Gaussian blur sigma in output pixels (focus and hand shake)
 * @param noiseSigma Gaussian sensor noise, in grey levels (0–255)
 * @param glare peak brightness 0–1 of a white reflection over part of the card
 * @param jpegQuality 1–100 to re-encode as JPEG at that quality; 0 keeps the pixels lossless
 * @param scale output pixels per card pixel (0.5 halves the resolution)
 * @param seed fixes the background, perspective direction, glare position and noise
 */
public record Camera(
    double rotationDegrees,
    double perspective,
    double blurRadius,
    double noiseSigma,
    double glare,
    int jpegQuality,
    double scale,
    long seed) {

  public Camera {
    requireRange("perspective", perspective, 0, 0.6);
    requireRange("blurRadius", blurRadius, 0, 20);
    requireRange("noiseSigma", noiseSigma, 0, 128);
    requireRange("glare", glare, 0, 1);
    requireRange("jpegQuality", jpegQuality, 0, 100);
    requireRange("scale", scale, 0.05, 4);
    if (!Double.isFinite(rotationDegrees)) {
      throw new IllegalArgumentException("rotationDegrees must be finite");
    }
  }

  /** The card as rendered, on a background, nothing else. */
  public static Camera none() {
    return new Camera(0, 0, 0, 0, 0, 0, 1, 0);
  }

  /** A random photo of the given severity, upright within the severity's angle range. */
  public static Camera random(RandomGenerator rnd, Severity severity) {
    return switch (severity) {
      case CLEAN ->
          new Camera(
              sym(rnd, 1),
              rnd.nextDouble(0, 0.02),
              rnd.nextDouble(0, 0.4),
              rnd.nextDouble(0, 2),
              0,
              95,
              rnd.nextDouble(0.9, 1.3),
              rnd.nextLong());
      case MILD ->
          new Camera(
              sym(rnd, 5),
              rnd.nextDouble(0, 0.08),
              rnd.nextDouble(0.3, 1.0),
              rnd.nextDouble(2, 6),
              rnd.nextDouble(0, 0.3),
              rnd.nextInt(80, 93),
              rnd.nextDouble(0.7, 1.2),
              rnd.nextLong());
      case HARSH ->
          new Camera(
              sym(rnd, 15),
              rnd.nextDouble(0.05, 0.15),
              rnd.nextDouble(0.6, 1.2),
              rnd.nextDouble(5, 10),
              rnd.nextDouble(0.2, 0.5),
              rnd.nextInt(60, 80),
              rnd.nextDouble(0.6, 0.9),
              rnd.nextLong());
      case UNREADABLE ->
          new Camera(
              sym(rnd, 20),
              rnd.nextDouble(0.1, 0.25),
              rnd.nextDouble(3, 5),
              rnd.nextDouble(15, 30),
              rnd.nextDouble(0.3, 0.8),
              rnd.nextInt(30, 50),
              rnd.nextDouble(0.2, 0.3),
              rnd.nextLong());
    };
  }

  /**
   * A random photo of the given severity; with {@code anyOrientation} the card may also lie
   * sideways or upside down (a random number of quarter turns), as applicants do photograph it.
   */
  public static Camera random(RandomGenerator rnd, Severity severity, boolean anyOrientation) {
    Camera camera = random(rnd, severity);
    return anyOrientation ? camera.turned(rnd.nextInt(4)) : camera;
  }

  /** The same photo with the card additionally turned by {@code quarterTurns} × 90°. */
  public Camera turned(int quarterTurns) {
    return withRotation(rotationDegrees + 90.0 * quarterTurns);
  }

  public Camera withScale(double newScale) {
    return new Camera(
        rotationDegrees, perspective, blurRadius, noiseSigma, glare, jpegQuality, newScale, seed);
  }

  public Camera withSeed(long newSeed) {
    return new Camera(
        rotationDegrees, perspective, blurRadius, noiseSigma, glare, jpegQuality, scale, newSeed);
  }

  public Camera withRotation(double degrees) {
    return new Camera(
        degrees, perspective, blurRadius, noiseSigma, glare, jpegQuality, scale, seed);
  }

  private static double sym(RandomGenerator rnd, double max) {
    return rnd.nextDouble(-max, max);
  }

  private static void requireRange(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be within " + min + ".." + max + ", was " + value);
    }
  }
}
