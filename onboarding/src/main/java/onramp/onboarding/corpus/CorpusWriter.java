package onramp.onboarding.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import onramp.documents.aamva.AamvaEncoder;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.image.ImageBytes;
import onramp.documents.specimen.PaperPhotos;
import onramp.documents.specimen.SpecimenFronts;
import onramp.documents.specimen.SpecimenLayout;
import onramp.documents.specimen.Split;
import onramp.documents.synthetic.BackStyle;
import onramp.documents.synthetic.CameraEffects;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import onramp.documents.synthetic.LicenceBackRenderer;
import onramp.documents.synthetic.LicenceFrontRenderer;
import onramp.onboarding.decision.ReasonCode;

/**
 * Writes a synthetic corpus: N application folders (DESIGN.md layout) each with {@code truth.json},
 * and {@code corpus.json} with the seed, the decision date and the mix. The same seed, count and
 * date give the same corpus.
 */
public final class CorpusWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Mixed into the seed of a held-out corpus, so that it never repeats a development corpus's
   * people.
   */
  private static final long HELD_OUT_SALT = 0x6E1D_0075_EED5L;

  private CorpusWriter() {}

  /** What was written. */
  public record Written(
      Path directory,
      int applications,
      Map<Scenario, Integer> mix,
      Split split,
      Map<String, Integer> frontRenderers) {}

  /** A development corpus ({@link Split#DEV}). */
  public static Written write(
      Path out, int count, long seed, LocalDate decisionDate, IntConsumer progress) {
    return write(out, count, seed, decisionDate, Split.DEV, progress);
  }

  /**
   * A corpus of the given split. A development corpus prints half of its licence fronts with the
   * classic renderer and half in the development specimen layouts; a held-out corpus 30% classic
   * and 70% specimen from every layout, held-out ones included. A held-out corpus of a seed holds
   * other people than the development corpus of the same seed.
   */
  public static Written write(
      Path out, int count, long seed, LocalDate decisionDate, Split split, IntConsumer progress) {
    try {
      Files.createDirectories(out);
      Map<Scenario, Integer> mix = new LinkedHashMap<>();
      Map<String, Integer> renderers = new TreeMap<>();
      long base = split == Split.DEV ? seed : seed ^ HELD_OUT_SALT;
      for (int i = 0; i < count; i++) {
        RandomGenerator rnd = new SplittableRandom(base * 1_000_003L + i);
        Scenario scenario = pick(rnd, i);
        mix.merge(scenario, 1, Integer::sum);
        Draft d = Drafts.baseline(scenario, rnd, decisionDate);
        Scenarios.apply(d, rnd, decisionDate);
        String renderer =
            writeApplication(out.resolve(String.format("app-%04d", i + 1)), d, rnd, split);
        renderers.merge(renderer, 1, Integer::sum);
        progress.accept(i + 1);
      }
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("seed", seed);
      manifest.put("count", count);
      manifest.put("decisionDate", decisionDate.toString());
      manifest.put("split", splitName(split));
      manifest.put("mix", mix);
      manifest.put("frontRenderers", renderers);
      JSON.writeValue(out.resolve("corpus.json").toFile(), manifest);
      return new Written(out, count, mix, split, renderers);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the corpus to " + out + ": " + e.getMessage(), e);
    }
  }

  /** "dev" or "heldout", as the command line and truth.json spell it. */
  public static String splitName(Split split) {
    return split == Split.DEV ? "dev" : "heldout";
  }

  /**
   * The first applications walk through every scenario once, so even a small corpus covers each;
   * the rest follow the weights.
   */
  private static Scenario pick(RandomGenerator rnd, int index) {
    Scenario[] all = Scenario.values();
    if (index < all.length) {
      return all[index];
    }
    int total = Arrays.stream(all).mapToInt(Scenario::weight).sum();
    int r = rnd.nextInt(total);
    for (Scenario s : all) {
      r -= s.weight();
      if (r < 0) {
        return s;
      }
    }
    return Scenario.CLEAN;
  }

  /** Writes one application folder; returns the front renderer ("classic" or "specimen"). */
  private static String writeApplication(Path dir, Draft d, RandomGenerator rnd, Split split)
      throws IOException {
    Files.createDirectories(dir);
    JSON.writeValue(dir.resolve("application.json").toFile(), d.application);
    String payload = d.payload.apply(AamvaEncoder.encode(d.licence));
    BufferedImage back =
        LicenceBackRenderer.render(
            payload,
            LicenceBackRenderer.fitted(payload, BackStyle.standard().withSeed(rnd.nextLong())));
    byte[] backBytes = photo(CameraEffects.apply(back, d.backCamera, d.backMargin), rnd);
    if (d.corruptBack) {
      backBytes = Arrays.copyOf(backBytes, backBytes.length * 2 / 5);
    }
    Files.write(dir.resolve(isPng(backBytes) ? "dl-back.png" : "dl-back.jpg"), backBytes);
    FrontContent front = d.front.apply(frontOf(d.licence, d.home));
    Optional<SpecimenLayout> layout = specimenLayout(front.jurisdictionCode(), rnd, split);
    BufferedImage card =
        layout.isPresent()
            ? SpecimenFronts.render(front, layout.get(), rnd.nextLong())
            : LicenceFrontRenderer.render(front, FrontStyle.random(rnd));
    byte[] frontBytes = photo(CameraEffects.apply(card, d.frontCamera, d.frontMargin), rnd);
    Files.write(dir.resolve(isPng(frontBytes) ? "dl-front.png" : "dl-front.jpg"), frontBytes);
    if (d.i9.isPresent()) {
      writeI9(dir, d.i9.get(), d.i9Mode, rnd);
    }
    Truth.Rendering rendering =
        new Truth.Rendering(
            splitName(split),
            layout.isPresent() ? "specimen" : "classic",
            layout.map(Enum::name).orElse("classic"));
    JSON.writeValue(dir.resolve("truth.json").toFile(), Truth.of(d, front, rendering));
    return rendering.frontRenderer();
  }

  /**
   * The specimen layout a front is printed in, or empty for the classic renderer: a development
   * corpus prints half its fronts in specimen layouts (DEV ones only), a held-out corpus 70% (any).
   */
  static Optional<SpecimenLayout> specimenLayout(
      String jurisdiction, RandomGenerator rnd, Split split) {
    return rnd.nextInt(100) < (split == Split.DEV ? 50 : 70)
        ? SpecimenLayout.forJurisdiction(jurisdiction, rnd, split)
        : Optional.empty();
  }

  private static void writeI9(Path dir, I9Content content, Draft.I9Mode mode, RandomGenerator rnd)
      throws IOException {
    switch (mode) {
      case FILLABLE ->
          Files.write(dir.resolve("i9.pdf"), I9Filler.fill(content, FillOptions.fillable()));
      case FLATTENED ->
          Files.write(dir.resolve("i9.pdf"), I9Filler.fill(content, FillOptions.flattened()));
      case PAGES -> {
        List<BufferedImage> pages =
            I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200);
        for (int p = 0; p < pages.size(); p++) {
          Files.write(dir.resolve("i9-page" + (p + 1) + ".png"), ImageBytes.toPng(pages.get(p)));
        }
      }
      case PHOTOGRAPHED -> {
        // I9Documents reads i9-pageN.png or .jpg in page order: a phone saves JPEG.
        List<BufferedImage> pages =
            I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200);
        for (int p = 0; p < pages.size(); p++) {
          Files.write(
              dir.resolve("i9-page" + (p + 1) + ".jpg"),
              PaperPhotos.jpeg(pages.get(p), rnd.nextLong()));
        }
      }
    }
  }

  /** Phones save JPEG mostly; some uploads are PNG screenshots or scans. */
  private static byte[] photo(BufferedImage image, RandomGenerator rnd) {
    return rnd.nextInt(4) == 0 ? ImageBytes.toPng(image) : ImageBytes.toJpeg(image, 88);
  }

  private static boolean isPng(byte[] b) {
    return b.length > 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P';
  }

  static FrontContent frontOf(AamvaLicence l, Jurisdictions.Jurisdiction home) {
    return new FrontContent(
        home.code(),
        home.name(),
        l.licenseNumber(),
        l.lastName(),
        l.firstName(),
        l.middleName(),
        l.suffix(),
        l.dateOfBirth(),
        l.issueDate().orElseThrow(),
        l.expirationDate(),
        switch (l.sex()) {
          case MALE -> "M";
          case FEMALE -> "F";
          case NOT_SPECIFIED -> "X";
        },
        l.height().orElseThrow().inches(),
        l.eyeColor().orElse("BRO"),
        l.address().street(),
        l.address().city(),
        l.address().state(),
        l.address().postalCode(),
        l.licenseClass(),
        l.endorsements().isEmpty() ? "NONE" : l.endorsements(),
        l.restrictions().isEmpty() ? "NONE" : l.restrictions());
  }

  static List<String> codes(List<ReasonCode> codes) {
    return new ArrayList<>(codes.stream().map(Enum::name).toList());
  }
}
