package onramp.documents.barcode;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import onramp.documents.barcode.BarcodeLocator.Region;
import onramp.documents.barcode.ZxingPdf417.Binarizer;
import onramp.documents.ocr.CpuClock;
import org.jspecify.annotations.Nullable;

/**
 * Reads the PDF417 symbol from a photo of a licence back. Plain ZXing fails on many real photos
 * (noise, a few degrees of rotation, perspective, blur), so this retries, cheapest first, and stops
 * at the first trustworthy read or when the time budget is spent: the photo as is; the symbol's
 * outline (as ZXing's detector sees it) mapped onto a rectangle; a 3×3 median; the symbol located
 * by edge coherence, cropped and turned upright; enlarged and sharpened; other angles; and last the
 * located symbol at full resolution. Each image is tried with a local and a global binarizer.
 * Immutable and thread-safe.
 *
 * <p>The budget is CPU time of the calling thread (wall time only on a JVM that cannot measure it):
 * a decode is computation on that thread alone, so the same photo gets the same attempts, and the
 * same answer, whether the machine is idle or other work holds its cores. On a busy machine the
 * decode takes longer in wall time instead.
 */
public final class Pdf417Decoder {
  /**
   * Larger photos are first tried shrunk to this long side: modules stay ≥ 3 px on a framed card.
   */
  private static final int WORKING_SIDE = 1600;

  /**
   * Pixels per module a rectified symbol is resampled to: blurred 2 px modules read better at 4.
   */
  private static final double RECTIFIED_MODULE = 4;

  /**
   * A located symbol at most this long (working-image pixels) has small modules: a symbol of up to
   * 290 modules (13 columns) at under about 3.5 px each. Normal photos of a card held to fill the
   * frame have 900–1300 px symbols and never get here unless everything before failed.
   */
  private static final int SMALL_SYMBOL_SIDE = 1000;

  /**
   * Below this the narrowest symbol (6 columns, 171 modules) has under 1.4 px per module, where no
   * enlargement brings the bars back (docs/barcode.md): not worth the budget.
   */
  private static final int TINY_SYMBOL_SIDE = 240;

  /** A photo this small with no located symbol is tried whole, enlarged. */
  private static final int SMALL_PHOTO_SIDE = 1100;

  private final Duration budget;
  private final CpuClock clock;

  private Pdf417Decoder(Duration budget, CpuClock clock) {
    this.budget = budget;
    this.clock = clock;
  }

  /**
   * No attempt starts after 1.2 s of the calling thread's CPU time; the one running then finishes
   * (tens to a few hundred ms), so an image costs at most about 1.5 s of CPU, also in a JVM whose
   * JIT is still cold (the first decode costs about 3× the tenth).
   */
  public static Pdf417Decoder standard() {
    return withBudget(Duration.ofMillis(1200));
  }

  /** No attempt starts after {@code budget} of the calling thread's CPU time. */
  public static Pdf417Decoder withBudget(Duration budget) {
    return withBudget(budget, CpuClock.STANDARD);
  }

  /** The budget measured by {@code clock}: for tests that stand in for a busy machine. */
  static Pdf417Decoder withBudget(Duration budget, CpuClock clock) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive, was " + budget);
    }
    return new Pdf417Decoder(budget, clock);
  }

  public Optional<DecodedBarcode> decode(BufferedImage image) {
    Run run = new Run(clock, budget.toNanos());
    Gray original = Gray.of(image);
    int longSide = Math.max(original.width(), original.height());
    Gray working =
        longSide > WORKING_SIDE ? original.scaled((double) WORKING_SIDE / longSide) : original;
    Supplier<Gray> median = memo(working::median3);
    Supplier<Optional<Region>> region = memo(() -> BarcodeLocator.locate(median.get()));
    Supplier<Optional<Gray>> located = memo(() -> region.get().map(r -> located(median.get(), r)));
    Supplier<Optional<Gray>> locatedRectified =
        memo(() -> located.get().flatMap(Pdf417Decoder::rectify));
    // Far off a quarter turn (beyond ~12°) only the located, turned crop reads: try it early.
    Supplier<Boolean> steep =
        () -> region.get().map(r -> residual(r.correction()) >= 12).orElse(false);
    Supplier<Optional<DecodedBarcode>> locatedFirst =
        () ->
            run.attempt("located", located)
                .or(() -> run.attempt("located-rectified", locatedRectified));
    return run.attempt("plain", () -> Optional.of(working))
        .or(() -> steep.get() ? locatedFirst.get() : Optional.empty())
        .or(() -> run.attempt("rectified", () -> rectify(working)))
        .or(() -> run.attempt("median", () -> Optional.of(median.get())))
        .or(() -> run.attempt("median-rectified", () -> rectify(median.get())))
        .or(locatedFirst)
        .or(() -> enlarged(run, working, region.get()))
        .or(() -> run.attempt("located-x2", () -> located.get().map(g -> g.scaled(2))))
        .or(
            () ->
                run.attempt(
                    "located-x2-sharpened", () -> located.get().map(g -> g.scaled(2).sharpened())))
        .or(() -> run.attempt("located+2", () -> turned(region.get(), median.get(), 2)))
        .or(() -> run.attempt("located-2", () -> turned(region.get(), median.get(), -2)))
        .or(
            () ->
                run.attempt(
                    "half",
                    () ->
                        Optional.of(median.get())
                            .filter(g -> g.width() > 900)
                            .map(g -> g.scaled(0.5))))
        .or(() -> run.attempt("quarter-turn", () -> Optional.of(median.get().quarterTurn())))
        .or(() -> sweep(run, median.get()))
        .or(
            () ->
                run.attempt("full-located", () -> fullResolution(original, working, region.get())));
  }

  /**
   * The located symbol, cropped and turned upright. The edge-direction angle leans up to 3° towards
   * the diagonals; measuring again on the turned crop, where the residual is small, brings it
   * within about 0.5°.
   */
  private static Gray located(Gray image, Region region) {
    Gray crop = region.cropFrom(image, 0.08);
    Gray first = upright(crop, region.correction());
    return BarcodeLocator.locate(first)
        .map(Region::correction)
        .filter(residual -> Math.abs(residual) >= 0.5 && Math.abs(residual) <= 6)
        .map(residual -> upright(crop, region.correction() + residual))
        .orElse(first);
  }

  /**
   * Small symbols (a whole card photographed 800 or 640 pixels wide has modules of 1.2–2.5 px): the
   * located symbol cut from the unfiltered photo (a 3×3 median erases 1-pixel bars), enlarged
   * bicubically, 2× sharpened, 3× sharpened and 3× plain, turned upright by the angle measured
   * twice (as {@link #located}), then 2× sharpened a degree either way. Plain ZXing reads many such
   * symbols once they are enlarged; the bilinear ×2 of the median crop below rarely does. Without a
   * located symbol, a small photo is tried whole at 2×. Only symbols up to {@link
   * #SMALL_SYMBOL_SIDE} get here, so a normal photo spends nothing on it.
   */
  private static Optional<DecodedBarcode> enlarged(Run run, Gray working, Optional<Region> region) {
    if (region.isEmpty()) {
      return run.attempt(
          "small-whole-x2",
          () ->
              Optional.of(working)
                  .filter(g -> Math.max(g.width(), g.height()) <= SMALL_PHOTO_SIDE)
                  .map(g -> g.enlargedBicubic(2)));
    }
    Region r = region.get();
    int side = Math.max(r.x1() - r.x0(), r.y1() - r.y0());
    if (side > SMALL_SYMBOL_SIDE || side < TINY_SYMBOL_SIDE) {
      return Optional.empty();
    }
    Supplier<Gray> crop = memo(() -> r.cropFrom(working, 0.08));
    Supplier<Double> angle = memo(() -> refined(crop.get(), r.correction()));
    Supplier<Gray> x2 = memo(() -> crop.get().enlargedBicubic(2));
    Supplier<Gray> x3 = memo(() -> upright(crop.get().enlargedBicubic(3), angle.get()));
    return run.attempt(
            "small-x2-sharpened", () -> Optional.of(upright(x2.get(), angle.get()).sharpened()))
        .or(() -> run.attempt("small-x3-sharpened", () -> Optional.of(x3.get().sharpened())))
        .or(() -> run.attempt("small-x3", () -> Optional.of(x3.get())))
        .or(
            () ->
                run.attempt(
                    "small-x2-sharpened+1",
                    () -> Optional.of(upright(x2.get(), angle.get() + 1).sharpened())))
        .or(
            () ->
                run.attempt(
                    "small-x2-sharpened-1",
                    () -> Optional.of(upright(x2.get(), angle.get() - 1).sharpened())));
  }

  /** The correction measured again on the turned crop (see {@link #located}). */
  private static double refined(Gray crop, double correction) {
    return BarcodeLocator.locate(upright(crop, correction))
        .map(Region::correction)
        .filter(residual -> Math.abs(residual) >= 0.5 && Math.abs(residual) <= 6)
        .map(residual -> correction + residual)
        .orElse(correction);
  }

  /**
   * The located symbol cut from the original photo when that was shrunk for the first attempts: the
   * last resort for small modules in a large photo, at the cost of only the symbol's pixels.
   */
  private static Optional<Gray> fullResolution(
      Gray original, Gray working, Optional<Region> region) {
    if (original == working) {
      return Optional.empty();
    }
    double factor = (double) original.width() / working.width();
    return region
        .map(r -> r.scaledBy(factor))
        .map(r -> upright(r.cropFrom(original, 0.08).median3(), r.correction()));
  }

  /** Without a located symbol: the whole image at a few angles either way. */
  private static Optional<DecodedBarcode> sweep(Run run, Gray image) {
    Optional<DecodedBarcode> result = Optional.empty();
    for (int degrees : new int[] {5, -5, 10, -10}) {
      result =
          result.or(() -> run.attempt("turn" + degrees, () -> Optional.of(image.rotated(degrees))));
    }
    return result;
  }

  private static Optional<Gray> turned(Optional<Region> region, Gray image, double extra) {
    return region.map(r -> upright(r.cropFrom(image, 0.08), r.correction() + extra));
  }

  /** Degrees from the nearest quarter turn. */
  private static double residual(double degrees) {
    return Math.abs(Math.IEEEremainder(degrees, 90));
  }

  /** Turns the bars upright; exact quarter turns need no interpolation. */
  private static Gray upright(Gray image, double correction) {
    if (Math.abs(Math.abs(correction) - 90) < 0.75) {
      return image.quarterTurn();
    }
    return Math.abs(correction) < 0.75 ? image : image.rotated(correction);
  }

  /**
   * Where ZXing finds the symbol's outline but cannot read it, maps that quadrilateral onto a
   * rectangle (undoing the camera's perspective) at about 4 px per module, and reads that.
   */
  private static Optional<Gray> rectify(Gray image) {
    return ZxingPdf417.outline(image)
        .map(
            o -> {
              Point2D[] c = o.corners();
              double k =
                  Math.max(1, Math.min(3.5, RECTIFIED_MODULE / Math.max(0.5, o.moduleWidth())));
              int w = (int) Math.round(Math.max(c[0].distance(c[1]), c[3].distance(c[2])) * k);
              int h = (int) Math.round(Math.max(c[0].distance(c[3]), c[1].distance(c[2])) * k);
              Gray turned = image;
              for (int t = 0; t < o.clockwiseQuarterTurns(); t++) {
                turned = turned.quarterTurn();
              }
              return turned.rectified(c, w, h, Math.max(8, w / 20));
            });
  }

  private static <T> Supplier<T> memo(Supplier<T> supplier) {
    return new Supplier<>() {
      private @Nullable T value;

      @Override
      public T get() {
        T known = value;
        if (known == null) {
          known = supplier.get();
          value = known;
        }
        return known;
      }
    };
  }

  /**
   * One decode: counts attempts and enforces the budget. Confined to the calling thread, whose
   * clock (CPU time) it reads.
   */
  private static final class Run {
    private final CpuClock clock;
    private final long start;
    private final long wallStart = System.nanoTime();
    private final long budgetNanos;
    private int attempts;
    private final java.util.Set<String> tried = new java.util.HashSet<>();

    Run(CpuClock clock, long budgetNanos) {
      this.clock = clock;
      this.start = clock.now();
      this.budgetNanos = budgetNanos;
    }

    /** Reads the image {@code source} produces, if it produces one and time remains. */
    Optional<DecodedBarcode> attempt(String name, Supplier<Optional<Gray>> source) {
      if (expired() || !tried.add(name)) {
        return Optional.empty();
      }
      Optional<Gray> candidate = source.get();
      if (candidate.isEmpty()) {
        return Optional.empty();
      }
      Gray image = candidate.get();
      for (Binarizer binarizer : Binarizer.values()) {
        if (expired()) {
          return Optional.empty();
        }
        attempts++;
        Optional<ZxingPdf417.Symbol> symbol = ZxingPdf417.read(image, binarizer);
        if (symbol.isPresent() && symbol.get().trustworthy()) {
          String strategy = name + "/" + binarizer.name().toLowerCase(java.util.Locale.ROOT);
          long micros = (System.nanoTime() - wallStart) / 1000;
          return Optional.of(new DecodedBarcode(symbol.get().text(), strategy, attempts, micros));
        }
      }
      return Optional.empty();
    }

    private boolean expired() {
      return clock.now() - start > budgetNanos;
    }
  }
}
