package onramp.documents.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import onramp.documents.synthetic.Camera;
import onramp.documents.synthetic.CameraEffects;
import onramp.documents.synthetic.LicenceBackRenderer;
import onramp.documents.synthetic.Severity;
import onramp.documents.synthetic.SyntheticPayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Licence backs photographed small: the whole card scaled to 800×504 pixels (an issuer's specimen
 * photo came at that size) and to 640×403, then photographed with MILD camera effects (which scale
 * it again by 0.7–1.2). Their symbols have modules of about 1.2–2.6 px; each must come back byte
 * for byte. {@code -Donramp.smallSymbols.count=40} (and {@code .seed=N}) measures more photos;
 * {@code -Donramp.smallSymbols.dump=true} writes the photos not read to the temp folder.
 */
class SmallSymbolTest {
  private static final int COUNT = Integer.getInteger("onramp.smallSymbols.count", 8);

  private record Outcome(
      int cardWidth, String payload, boolean exact, boolean wrong, String strategy, long millis) {}

  private static final List<Outcome> outcomes = new ArrayList<>();

  @BeforeAll
  static void photographSmallCards() {
    Pdf417Decoder decoder = Pdf417Decoder.standard();
    List<String> payloads =
        new ArrayList<>(Fixtures.PAYLOAD_FILES.stream().map(Fixtures::payload).toList());
    SplittableRandom rnd = new SplittableRandom(Long.getLong("onramp.smallSymbols.seed", 804));
    for (int cardWidth : new int[] {800, 640}) {
      for (int k = 0; k < COUNT; k++) {
        String payload =
            k % 2 == 0 ? payloads.get((k / 2) % payloads.size()) : SyntheticPayload.next(rnd);
        Camera camera = Camera.random(rnd, Severity.MILD);
        outcomes.add(decode(decoder, payload, camera, cardWidth));
      }
    }
    StringBuilder table = new StringBuilder();
    for (int cardWidth : new int[] {800, 640}) {
      List<Outcome> at = outcomes.stream().filter(o -> o.cardWidth() == cardWidth).toList();
      table.append(
          String.format(
              Locale.ROOT,
              "card %d px wide, MILD: %d/%d read exactly, %d wrong; strategies %s%n",
              cardWidth,
              at.stream().filter(Outcome::exact).count(),
              at.size(),
              at.stream().filter(Outcome::wrong).count(),
              at.stream().filter(Outcome::exact).map(Outcome::strategy).toList()));
    }
    System.out.print(table);
  }

  static Outcome decode(Pdf417Decoder decoder, String payload, Camera camera, int cardWidth) {
    BufferedImage card = LicenceBackRenderer.render(payload, Fixtures.styleFor(payload));
    BufferedImage photo = CameraEffects.apply(shrunk(card, cardWidth), camera);
    long start = System.nanoTime();
    Optional<DecodedBarcode> result = decoder.decode(photo);
    long millis = (System.nanoTime() - start) / 1_000_000;
    boolean exact = result.map(r -> r.text().equals(payload)).orElse(false);
    if (!exact && Boolean.getBoolean("onramp.smallSymbols.dump")) {
      try {
        java.nio.file.Path dir =
            java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "onramp-small-symbols");
        java.nio.file.Files.createDirectories(dir);
        String name = cardWidth + "-" + camera.seed();
        javax.imageio.ImageIO.write(photo, "png", dir.resolve(name + ".png").toFile());
        java.nio.file.Files.writeString(dir.resolve(name + ".txt"), payload);
        System.out.println(
            "FAILED "
                + name
                + " "
                + camera
                + " "
                + photo.getWidth()
                + "x"
                + photo.getHeight()
                + " "
                + millis
                + " ms");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new Outcome(
        cardWidth,
        payload,
        exact,
        result.isPresent() && !exact,
        result.map(DecodedBarcode::strategy).orElse("-"),
        millis);
  }

  /** The whole card at {@code width} pixels (800 → 800×504), averaged as a sensor does. */
  static BufferedImage shrunk(BufferedImage card, int width) {
    int height = (int) Math.round(width * (double) card.getHeight() / card.getWidth());
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = out.createGraphics();
    g.drawImage(
        card.getScaledInstance(width, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
    g.dispose();
    return out;
  }

  @Test
  void readsEveryCardPhotographed800PixelsWide() {
    assertThat(outcomes.stream().filter(o -> o.cardWidth() == 800)).allMatch(Outcome::exact);
  }

  @Test
  void readsCardsPhotographed640PixelsWide() {
    assertThat(outcomes.stream().filter(o -> o.cardWidth() == 640)).allMatch(Outcome::exact);
  }

  @Test
  void neverReturnsTextThatDiffersFromThePayload() {
    assertThat(outcomes).noneMatch(Outcome::wrong);
  }
}
