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
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import onramp.documents.aamva.AamvaEncoder;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.barcode.BackStyle;
import onramp.documents.barcode.LicenceBackRenderer;
import onramp.documents.front.FrontContent;
import onramp.documents.front.FrontStyle;
import onramp.documents.front.LicenceFrontRenderer;
import onramp.documents.i9.FillOptions;
import onramp.documents.i9.I9Content;
import onramp.documents.i9.I9Filler;
import onramp.documents.image.CameraEffects;
import onramp.documents.image.ImageBytes;

/**
 * Writes a synthetic corpus: N application folders (DESIGN.md layout) each with {@code truth.json},
 * and {@code corpus.json} with the seed, the decision date and the mix. The same seed, count and
 * date give the same corpus.
 */
public final class CorpusWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CorpusWriter() {}

  /** What was written. */
  public record Written(Path directory, int applications, Map<Scenario, Integer> mix) {}

  public static Written write(Path out, int count, long seed, LocalDate decisionDate, IntConsumer progress) {
    try {
      Files.createDirectories(out);
      Map<Scenario, Integer> mix = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        RandomGenerator rnd = new SplittableRandom(seed * 1_000_003L + i);
        Scenario scenario = pick(rnd, i);
        mix.merge(scenario, 1, Integer::sum);
        Draft d = Drafts.baseline(scenario, rnd, decisionDate);
        Scenarios.apply(d, rnd, decisionDate);
        writeApplication(out.resolve(String.format("app-%04d", i + 1)), d, rnd);
        progress.accept(i + 1);
      }
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("seed", seed);
      manifest.put("count", count);
      manifest.put("decisionDate", decisionDate.toString());
      manifest.put("mix", mix);
      JSON.writeValue(out.resolve("corpus.json").toFile(), manifest);
      return new Written(out, count, mix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus to " + out + ": " + e.getMessage(), e);
    }
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

  private static void writeApplication(Path dir, Draft d, RandomGenerator rnd) throws IOException {
    Files.createDirectories(dir);
    JSON.writeValue(dir.resolve("application.json").toFile(), d.application);
    String payload = d.payload.apply(AamvaEncoder.encode(d.licence));
    BufferedImage back = LicenceBackRenderer.render(payload,
        LicenceBackRenderer.fitted(payload, BackStyle.standard().withSeed(rnd.nextLong())));
    byte[] backBytes = photo(CameraEffects.apply(back, d.backCamera), rnd);
    if (d.corruptBack) {
      backBytes = Arrays.copyOf(backBytes, backBytes.length * 2 / 5);
    }
    Files.write(dir.resolve(isPng(backBytes) ? "dl-back.png" : "dl-back.jpg"), backBytes);
    FrontContent front = d.front.apply(frontOf(d.licence, d.home));
    byte[] frontBytes = photo(CameraEffects.apply(
        LicenceFrontRenderer.render(front, FrontStyle.random(rnd)), d.frontCamera), rnd);
    Files.write(dir.resolve(isPng(frontBytes) ? "dl-front.png" : "dl-front.jpg"), frontBytes);
    if (d.i9.isPresent()) {
      writeI9(dir, d.i9.get(), d.i9Mode);
    }
    JSON.writeValue(dir.resolve("truth.json").toFile(), Truth.of(d, front));
  }

  private static void writeI9(Path dir, I9Content content, Draft.I9Mode mode) throws IOException {
    switch (mode) {
      case FILLABLE -> Files.write(dir.resolve("i9.pdf"), I9Filler.fill(content, FillOptions.fillable()));
      case FLATTENED -> Files.write(dir.resolve("i9.pdf"), I9Filler.fill(content, FillOptions.flattened()));
      case PAGES -> {
        List<BufferedImage> pages = I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200);
        for (int p = 0; p < pages.size(); p++) {
          Files.write(dir.resolve("i9-page" + (p + 1) + ".png"), ImageBytes.toPng(pages.get(p)));
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
    return new FrontContent(home.code(), home.name(), l.licenseNumber(), l.lastName(), l.firstName(),
        l.middleName(), l.suffix(), l.dateOfBirth(), l.issueDate().orElseThrow(), l.expirationDate(),
        switch (l.sex()) {
          case MALE -> "M";
          case FEMALE -> "F";
          case NOT_SPECIFIED -> "X";
        }, l.height().orElseThrow().inches(), l.eyeColor().orElse("BRO"), l.address().street(), l.address().city(),
        l.address().state(), l.address().postalCode(), l.licenseClass(),
        l.endorsements().isEmpty() ? "NONE" : l.endorsements(), l.restrictions().isEmpty() ? "NONE" : l.restrictions());
  }

  static List<String> codes(Scenario s) {
    return new ArrayList<>(s.codes().stream().map(Enum::name).toList());
  }
}
