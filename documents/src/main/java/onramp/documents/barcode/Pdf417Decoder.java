package onramp.documents.barcode;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import onramp.documents.barcode.ZxingPdf417.Binarizer;

/**
 * Reads the PDF417 symbol from a photo of a licence back. Plain ZXing fails on most real photos
 * (noise, a few degrees of rotation, blur), so this retries over cleaned, deskewed and rescaled
 * versions of the image, cheapest first, and stops at the first success or when the time budget
 * is spent. Immutable and thread-safe.
 */
public final class Pdf417Decoder {
  /** Larger photos are first tried shrunk to this long side: modules stay ≥ 3 px on a framed card. */
  private static final int WORKING_SIDE = 1600;

  private final Duration budget;

  private Pdf417Decoder(Duration budget) {
    this.budget = budget;
  }

  /** A 1.5 s budget per image, so a whole application verifies within 2 s at p95. */
  public static Pdf417Decoder standard() {
    return new Pdf417Decoder(Duration.ofMillis(1500));
  }

  public static Pdf417Decoder withBudget(Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive, was " + budget);
    }
    return new Pdf417Decoder(budget);
  }

  public Optional<DecodedBarcode> decode(BufferedImage image) {
    Run run = new Run(System.nanoTime(), budget.toNanos());
    Gray original = Gray.of(image);
    int longSide = Math.max(original.width(), original.height());
    Gray working = longSide > WORKING_SIDE ? original.scaled((double) WORKING_SIDE / longSide) : original;
    Supplier<Gray> median = memo(working::median3);
    Supplier<Double> skew = memo(() -> SkewEstimator.correction(median.get()));
    Supplier<Gray> deskewed = memo(() -> deskew(median.get(), skew.get()));
    return run.attempt("plain", working)
        .or(() -> run.attempt("median", median.get()))
        .or(() -> run.when(Math.abs(skew.get()) >= 1, "deskew", deskewed))
        .or(() -> run.when(working.width() > 900, "half", () -> working.scaled(0.5)))
        .or(() -> run.when(Math.abs(skew.get()) >= 1, "deskew-half", () -> deskewed.get().scaled(0.5)))
        .or(() -> run.attempt("deskew+3", median.get().rotated(skew.get() + 3)))
        .or(() -> run.attempt("deskew-3", median.get().rotated(skew.get() - 3)))
        .or(() -> run.when(longSide < 1400, "double", () -> working.scaled(2).median3()))
        .or(() -> run.when(working != original, "full", original::median3));
  }

  private static Gray deskew(Gray image, double correction) {
    if (Math.abs(Math.abs(correction) - 90) < 1) {
      return image.quarterTurn();
    }
    return image.rotated(correction);
  }

  private static <T> Supplier<T> memo(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  /** One decode: counts attempts and enforces the deadline. Confined to the calling thread. */
  private static final class Run {
    private final long start;
    private final long budgetNanos;
    private int attempts;

    Run(long start, long budgetNanos) {
      this.start = start;
      this.budgetNanos = budgetNanos;
    }

    Optional<DecodedBarcode> when(boolean useful, String name, Supplier<Gray> image) {
      return useful && !expired() ? attempt(name, image.get()) : Optional.empty();
    }

    Optional<DecodedBarcode> attempt(String name, Gray image) {
      for (Binarizer binarizer : Binarizer.values()) {
        if (expired()) {
          return Optional.empty();
        }
        attempts++;
        Optional<String> text = ZxingPdf417.read(image, binarizer);
        if (text.isPresent()) {
          String strategy = name + "/" + binarizer.name().toLowerCase(java.util.Locale.ROOT);
          return Optional.of(new DecodedBarcode(text.get(), strategy, attempts, (System.nanoTime() - start) / 1000));
        }
      }
      return Optional.empty();
    }

    private boolean expired() {
      return System.nanoTime() - start > budgetNanos;
    }
  }
}
