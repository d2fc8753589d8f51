package onramp.onboarding.corpus;

import java.util.random.RandomGenerator;
import onramp.documents.synthetic.Camera;
import onramp.documents.synthetic.Severity;

/**
 * How the licence photos of the corpus are taken: 50% CLEAN, 35% MILD, 15% HARSH. A quarter of the
 * HARSH ones also lie at any angle up to 90° either way, and another quarter are a small card in a
 * large photo (lower resolution and much more desk), as hurried applicants send them.
 */
final class Photos {
  record Shot(Severity severity, Camera camera, double extraMargin) {}

  private Photos() {}

  static Shot random(RandomGenerator rnd) {
    int r = rnd.nextInt(20);
    Severity severity = r < 10 ? Severity.CLEAN : r < 17 ? Severity.MILD : Severity.HARSH;
    Camera camera = Camera.random(rnd, severity);
    double margin = 0;
    if (severity == Severity.HARSH) {
      switch (rnd.nextInt(4)) {
        case 0 -> camera = camera.withRotation(rnd.nextDouble(-90, 90));
        case 1 -> {
          camera = camera.withScale(rnd.nextDouble(0.45, 0.65));
          margin = rnd.nextDouble(0.8, 1.6);
        }
        default -> {}
      }
    }
    return new Shot(severity, camera, margin);
  }
}
