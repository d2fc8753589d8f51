package onramp.documents.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import onramp.documents.DocumentException;
import onramp.documents.image.ImageBytes;
import onramp.documents.image.SafeImages;
import onramp.documents.ocr.CpuClock;
import onramp.documents.synthetic.BackStyle;
import onramp.documents.synthetic.LicenceBackRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Pdf417DecoderTest {
  /**
   * The standard ladder with room to finish on a loaded CI machine with a cold JIT: these tests are
   * about what is read; the budget has its own test, DecodeRateTest measures the standard one.
   */
  private final Pdf417Decoder decoder = Pdf417Decoder.withBudget(Duration.ofSeconds(10));

  static Stream<Arguments> generatedImagesAtQuarterTurns() {
    List<String> names =
        List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "14");
    return names.stream().flatMap(n -> IntStream.range(0, 4).mapToObj(t -> Arguments.of(n, t)));
  }

  @ParameterizedTest(name = "pdf417-1/{0}.png turned {1}×90°")
  @MethodSource("generatedImagesAtQuarterTurns")
  void decodesEveryZxingGeneratedImageAtEveryQuarterTurn(String name, int turns) {
    String expected =
        name.equals("09")
            ? new String(Fixtures.bytes("pdf417/pdf417-1/09.bin"), StandardCharsets.ISO_8859_1)
            : new String(
                Fixtures.bytes("pdf417/pdf417-1/" + name + ".txt"), StandardCharsets.UTF_8);
    BufferedImage image =
        Fixtures.quarterTurns(Fixtures.image("pdf417/pdf417-1/" + name + ".png"), turns);

    Optional<DecodedBarcode> result = decoder.decode(image);

    assertThat(result).map(DecodedBarcode::text).hasValue(expected);
  }

  static Stream<Arguments> cameraPhotos() {
    return Stream.of("01", "02", "03", "04", "05", "06")
        .flatMap(n -> Stream.of(Arguments.of(n, 0), Arguments.of(n, 2)));
  }

  @ParameterizedTest(name = "pdf417-2/{0}.png turned {1}×90°")
  @MethodSource("cameraPhotos")
  void decodesEveryZxingCameraPhotoUprightAndUpsideDown(String name, int turns) {
    String expected =
        new String(Fixtures.bytes("pdf417/pdf417-2/" + name + ".txt"), StandardCharsets.UTF_8);
    BufferedImage image =
        Fixtures.quarterTurns(Fixtures.image("pdf417/pdf417-2/" + name + ".png"), turns);

    assertThat(decoder.decode(image)).map(DecodedBarcode::text).hasValue(expected);
  }

  @Test
  void keepsEveryByteValueIncludingAamvaControlCharacters() {
    char[] all = new char[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (char) i;
    }
    String payload = "@\n\u001e\rANSI " + new String(all);
    BufferedImage card = LicenceBackRenderer.render(payload, BackStyle.standard().withColumns(10));

    DecodedBarcode result = decoder.decode(card).orElseThrow();

    assertThat(result.text().getBytes(StandardCharsets.ISO_8859_1))
        .isEqualTo(payload.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(result.strategy()).isEqualTo("plain/hybrid");
    assertThat(result.attempts()).isEqualTo(1);
  }

  @ParameterizedTest(name = "card turned {0}°")
  @org.junit.jupiter.params.provider.ValueSource(doubles = {25, 45, 120, 200, 290})
  void readsACardPhotographedAtAnyAngle(double degrees) {
    String payload = Fixtures.payload("idparser-Licenses_CO_2013.txt");
    BufferedImage card = LicenceBackRenderer.render(payload, Fixtures.styleFor(payload));
    BufferedImage photo =
        onramp.documents.synthetic.CameraEffects.apply(
            card, new onramp.documents.synthetic.Camera(degrees, 0.05, 0.5, 4, 0.1, 85, 0.9, 3));

    assertThat(decoder.decode(photo)).map(DecodedBarcode::text).hasValue(payload);
  }

  @Test
  void readsAnUploadedJpegPhotoThroughSafeImages() {
    String payload = Fixtures.payload("idparser-Licenses_CT_Undefined_Characters.txt");
    BufferedImage card = LicenceBackRenderer.render(payload, Fixtures.styleFor(payload));
    BufferedImage photo =
        onramp.documents.synthetic.CameraEffects.apply(
            card, new onramp.documents.synthetic.Camera(-4, 0.06, 0.7, 5, 0.2, 0, 1.2, 11));
    byte[] upload = ImageBytes.toJpeg(photo, 82);

    DecodedBarcode result = decoder.decode(SafeImages.read("dl-back.jpg", upload)).orElseThrow();

    assertThat(result.text()).isEqualTo(payload);
    assertThat(result.text()).contains("\u0090"); // a byte above 0x7F survived JPEG, ZXing and us
    assertThat(result.elapsedMicros()).isPositive();
  }

  @ParameterizedTest(name = "{0}×{1}")
  @org.junit.jupiter.params.provider.CsvSource({"1, 1", "3, 2", "5000, 10", "10, 5000", "40, 40"})
  void findsNothingInDegenerateImages(int width, int height) {
    BufferedImage blank = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);

    assertThat(decoder.decode(blank)).isEmpty();
  }

  @Test
  void findsNothingInAnImageWithoutABarcode() {
    BufferedImage page = new BufferedImage(1000, 640, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setColor(new Color(0xF0, 0xEE, 0xE8));
    g.fillRect(0, 0, 1000, 640);
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
    for (int y = 60; y < 640; y += 45) {
      g.drawString("DRIVER LICENSE  CLASS C  ENDORSEMENTS NONE  ||| |||| ||", 30, y);
    }
    g.dispose();

    assertThat(decoder.decode(page)).isEmpty();
  }

  @Test
  void findsNothingInPureNoiseAndStaysWithinItsBudget() {
    SplittableRandom rnd = new SplittableRandom(5);
    BufferedImage noise = new BufferedImage(2400, 1600, BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = new byte[2400 * 1600];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) rnd.nextInt(256);
    }
    noise.getRaster().setDataElements(0, 0, 2400, 1600, px);
    Pdf417Decoder quick = Pdf417Decoder.withBudget(Duration.ofMillis(300));
    CpuClock cpu = CpuClock.STANDARD;

    long start = cpu.now();
    Optional<DecodedBarcode> result = quick.decode(noise);
    long millis = (cpu.now() - start) / 1_000_000;

    assertThat(result).isEmpty();
    // One attempt may run past the budget; none starts after it. CPU time, as the budget counts.
    assertThat(millis).isLessThan(1500);
  }

  @Test
  void theBudgetIsCpuTimeOfTheCallingThreadNotTimeSpentAsleep() throws InterruptedException {
    assertThat(CpuClock.measuresCpuTime()).as("HotSpot measures thread CPU time").isTrue();
    CpuClock cpu = CpuClock.STANDARD;

    long start = cpu.now();
    Thread.sleep(300);

    assertThat(cpu.now() - start).isLessThan(Duration.ofMillis(100).toNanos());
  }

  /**
   * A thread that waits for a core longer than the whole budget (a busy machine) right after the
   * decode starts must still get every attempt an idle machine gives it. With the wall clock the
   * decoder used before, the same photo came back unreadable.
   */
  @Test
  void timeSpentWaitingForACoreDoesNotUseTheBudget() {
    String payload = Fixtures.payload("idparser-Licenses_CO_2013.txt");
    BufferedImage photo =
        onramp.documents.synthetic.CameraEffects.apply(
            LicenceBackRenderer.render(payload, Fixtures.styleFor(payload)),
            new onramp.documents.synthetic.Camera(8, 0.06, 0.6, 4, 0.1, 85, 0.9, 7));
    // Three attempts (rectified), 0.2–0.6 s of CPU depending on how warm the JIT is.
    Duration budget = Duration.ofMillis(1500);
    DecodedBarcode idle = decoder.decode(photo).orElseThrow();

    Optional<DecodedBarcode> busy =
        Pdf417Decoder.withBudget(budget, stalledOnce(CpuClock.STANDARD, budget)).decode(photo);
    Optional<DecodedBarcode> busyByWallClock =
        Pdf417Decoder.withBudget(budget, stalledOnce(CpuClock.WALL, budget)).decode(photo);

    assertThat(busy).map(DecodedBarcode::text).hasValue(payload);
    assertThat(busy.orElseThrow().strategy()).isEqualTo(idle.strategy());
    assertThat(busy.orElseThrow().attempts()).isEqualTo(idle.attempts());
    assertThat(busy.orElseThrow().elapsedMicros())
        .as("reported time stays wall time")
        .isGreaterThan(budget.toNanos() / 1000);
    assertThat(busyByWallClock).isEmpty();
  }

  /**
   * {@code clock}, with the thread taken off its core for longer than {@code budget} at its second
   * reading.
   */
  private static CpuClock stalledOnce(CpuClock clock, Duration budget) {
    int[] readings = {0};
    return thread -> {
      if (readings[0]++ == 1) {
        try {
          Thread.sleep(budget.toMillis() + 200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      return clock.nanos(thread);
    };
  }

  @Test
  void findsNothingInASymbolScratchedBeyondItsErrorCorrection() {
    String payload = Fixtures.payload("benhovinga-v10.txt");
    BackStyle style = BackStyle.standard().withErrorCorrectionLevel(2);
    BufferedImage card = LicenceBackRenderer.render(payload, style);
    Graphics2D g = card.createGraphics();
    g.setColor(Color.WHITE);
    // Four white scratches across every row, wider than level 2's 8 EC codewords can mend.
    for (int k = 0; k < 4; k++) {
      g.fillRect(300 + k * 110, 150, 40, 488);
    }
    g.dispose();

    assertThat(decoder.decode(card)).isEmpty();
  }

  @Test
  void refusesATruncatedPngBeforeDecodingIt() {
    byte[] png =
        ImageBytes.toPng(
            LicenceBackRenderer.render(
                Fixtures.payload("benhovinga-v01.txt"), BackStyle.standard()));
    byte[] truncated = Arrays.copyOf(png, png.length / 3);

    assertThatThrownBy(() -> SafeImages.read("dl-back.png", truncated))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("dl-back.png");
  }

  @Test
  void decodesFromSeveralThreadsAtOnce() throws Exception {
    List<String> payloads = Fixtures.PAYLOAD_FILES.stream().map(Fixtures::payload).toList();
    List<BufferedImage> cards =
        payloads.stream().map(p -> LicenceBackRenderer.render(p, Fixtures.styleFor(p))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Optional<DecodedBarcode>>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (BufferedImage card : cards) {
          futures.add(pool.submit(() -> decoder.decode(card)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get())
            .map(DecodedBarcode::text)
            .hasValue(payloads.get(i % payloads.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
