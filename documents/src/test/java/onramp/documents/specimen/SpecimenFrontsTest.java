package onramp.documents.specimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import onramp.documents.specimen.Card.Drawn;
import onramp.documents.specimen.Card.Role;
import onramp.documents.synthetic.FrontContent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpecimenFrontsTest {
  /**
   * Synthetic people only; the hard cases: long names, suffixes, no middle name, sex X, Canadian
   * numbers.
   */
  static final List<FrontContent> SAMPLES =
      List.of(
          content(
              "VA",
              "VIRGINIA",
              "T12345678",
              "QUINN",
              "JORDAN",
              "AVERY",
              null,
              "M",
              70,
              "C",
              "NONE",
              "NONE",
              "RICHMOND",
              "VA",
              "23219"),
          content(
              "TX",
              "TEXAS",
              "40917263",
              "WOLFESCHLEGELSTEINHAUSENBERGERDORFF-FEAT",
              "JEAN-BAPTISTE",
              "KWESI",
              "III",
              "F",
              64,
              "B",
              "P",
              "B",
              "AUSTIN",
              "TX",
              "78701"),
          content(
              "NY",
              "NEW YORK",
              "512908774",
              "O'BRIEN",
              "MEI",
              null,
              "JR",
              "X",
              59,
              "D",
              "NONE",
              "NONE",
              "ALBANY",
              "NY",
              "12207"),
          content(
              "WA",
              "WASHINGTON",
              "WDLKQZMTP482XB",
              "NAKAMURA-WHITFIELD",
              "THI LAN",
              "GRACE",
              "SR",
              "F",
              79,
              "C",
              "NONE",
              "B",
              "OLYMPIA",
              "WA",
              "98501"),
          content(
              "ON",
              "ONTARIO",
              "G4821-30917-55120",
              "GARCIA-LOPEZ",
              "MARIA JOSE",
              null,
              null,
              "F",
              63,
              "G",
              "NONE",
              "NONE",
              "TORONTO",
              "ON",
              "M5V 2T6"),
          content(
              "ON",
              "ONTARIO",
              "K0192-88301-74211",
              "PAPADIMITRIOU-VASILAKOPOULOS-KONSTANTIN",
              "OLUWASEUN",
              "JAMES",
              "II",
              "M",
              75,
              "F",
              "NONE",
              "B",
              "TORONTO",
              "ON",
              "M4C 1B5"),
          content(
              "BC",
              "BRITISH COLUMBIA",
              "7730192",
              "VAN DER BERG",
              "SIOBHAN",
              "NOOR",
              null,
              "F",
              66,
              "5",
              "NONE",
              "NONE",
              "VANCOUVER",
              "BC",
              "V6B 1A1"),
          content(
              "BC",
              "BRITISH COLUMBIA",
              "1029384",
              "ST. JOHN",
              "ZOLTAN",
              null,
              "JR",
              "M",
              72,
              "4",
              "NONE",
              "B",
              "VANCOUVER",
              "BC",
              "V5K 0A1"));

  static FrontContent content(
      String code,
      String name,
      String number,
      String last,
      String first,
      @Nullable String middle,
      @Nullable String suffix,
      String sex,
      int height,
      String cls,
      String end,
      String rest,
      String city,
      String state,
      String postal) {
    return new FrontContent(
        code,
        name,
        number,
        last,
        first,
        Optional.ofNullable(middle),
        Optional.ofNullable(suffix),
        LocalDate.of(1994, 3, 7),
        LocalDate.of(2022, 11, 2),
        LocalDate.of(2030, 4, 17),
        sex,
        height,
        "BRO",
        "2002 CEDAR LN",
        city,
        state,
        postal,
        cls,
        end,
        rest);
  }

  static List<FrontContent> fitting(SpecimenLayout layout) {
    return SAMPLES.stream().filter(c -> layout.fits(c.jurisdictionCode())).toList();
  }

  @ParameterizedTest
  @EnumSource(SpecimenLayout.class)
  void rendersEverySampleItFitsWithinTheCard(SpecimenLayout layout) {
    List<FrontContent> samples = fitting(layout);
    assertThat(samples).isNotEmpty();
    for (FrontContent c : samples) {
      BufferedImage img = SpecimenFronts.render(c, layout, 7);
      assertThat(img.getWidth()).isEqualTo(1012);
      assertThat(img.getHeight()).isEqualTo(638);
      Rectangle2D card = new Rectangle2D.Double(0, 0, 1012, 638);
      for (Drawn d : SpecimenFronts.layout(c, layout, 7)) {
        assertThat(card.contains(d.box()))
            .as("%s %s '%s' at %s", layout, d.role(), d.text(), d.box())
            .isTrue();
      }
    }
  }

  /** Every value the reader looks for is printed, exactly as the layout formats it. */
  @ParameterizedTest
  @EnumSource(SpecimenLayout.class)
  void printsTheValuesOfTheContent(SpecimenLayout layout) {
    for (FrontContent c : fitting(layout)) {
      Map<Role, String> printed =
          SpecimenFronts.layout(c, layout, 3).stream()
              .collect(Collectors.toMap(Drawn::role, Drawn::text, (a, b) -> a));
      assertThat(printed.get(Role.NUMBER)).isEqualTo(c.licenceNumber());
      assertThat(printed.get(Role.DATE_OF_BIRTH)).isEqualTo(layout.dates.format(c.dateOfBirth()));
      assertThat(printed.get(Role.EXPIRATION_DATE))
          .isEqualTo(layout.dates.format(c.expirationDate()));
      assertThat(printed.get(Role.ISSUE_DATE)).isEqualTo(layout.dates.format(c.issueDate()));
      assertThat(printed.get(Role.CLASS)).isEqualTo(c.licenseClass());
      assertThat(printed.get(Role.SEX)).isEqualTo(c.sex());
      assertThat(printed.get(Role.HEIGHT)).isEqualTo(layout.heights.format(c.heightInches()));
      String names =
          printed.containsKey(Role.FULL_NAME)
              ? printed.get(Role.FULL_NAME)
              : printed.get(Role.LAST_NAME) + " " + printed.get(Role.GIVEN_NAMES);
      assertThat(names).contains(c.lastName()).contains(c.firstName());
      c.middleName().ifPresent(m -> assertThat(names).contains(m));
      c.suffix().ifPresent(s -> assertThat(names).contains(s));
    }
  }

  @Test
  void formatsDatesAndHeightsAsEachIssuerPrints() {
    LocalDate d = LocalDate.of(2030, 4, 17);
    assertThat(SpecimenLayout.ON_BILINGUAL.dates.format(d)).isEqualTo("2030/04/17");
    assertThat(SpecimenLayout.BC_MOUNTAINS.dates.format(d)).isEqualTo("2030-APR-17");
    assertThat(SpecimenLayout.US_ID_COLON_DASH_DATES.dates.format(d)).isEqualTo("04-17-2030");
    assertThat(SpecimenLayout.US_COLON_LABELS.dates.format(d)).isEqualTo("04/17/2030");
    assertThat(SpecimenLayout.ON_BILINGUAL.heights.format(69)).isEqualTo("175 cm");
    assertThat(SpecimenLayout.US_COLON_LABELS.heights.format(69)).isEqualTo("5'-09\"");
    assertThat(SpecimenLayout.US_NUMBERS_ONLY.heights.format(69)).isEqualTo("5'09\"");
    assertThat(SpecimenLayout.US_LIC_HASH_BAND.heights.format(69)).isEqualTo("5' 9\"");
  }

  /** The text is really on the card: its boxes differ from the same card rendered without text. */
  @ParameterizedTest
  @EnumSource(SpecimenLayout.class)
  void drawsTextWhereItSaysItDid(SpecimenLayout layout) {
    FrontContent c = fitting(layout).get(0);
    BufferedImage with = SpecimenFronts.render(c, layout, 11);
    BufferedImage without = SpecimenFronts.background(c, layout, 11);
    for (Drawn d : SpecimenFronts.layout(c, layout, 11)) {
      if (d.role() == Role.DECORATION) {
        continue;
      }
      Rectangle2D b = d.box();
      int changed = 0;
      int area = 0;
      for (int y = (int) b.getMinY(); y < (int) b.getMaxY(); y++) {
        for (int x = (int) b.getMinX(); x < (int) b.getMaxX(); x++) {
          area++;
          if (distance(with.getRGB(x, y), without.getRGB(x, y)) > 60) {
            changed++;
          }
        }
      }
      assertThat(changed)
          .as("%s %s '%s'", layout, d.role(), d.text())
          .isGreaterThan(Math.max(8, area / 25));
    }
  }

  @ParameterizedTest
  @EnumSource(SpecimenLayout.class)
  void isDeterministicForASeed(SpecimenLayout layout) {
    FrontContent c = fitting(layout).get(0);
    assertThat(pixels(SpecimenFronts.render(c, layout, 42)))
        .isEqualTo(pixels(SpecimenFronts.render(c, layout, 42)));
    assertThat(pixels(SpecimenFronts.render(c, layout, 42)))
        .isNotEqualTo(pixels(SpecimenFronts.render(c, layout, 43)));
  }

  @Test
  void aDevelopmentCorpusNeverSeesAHeldOutLayout() {
    SplittableRandom rnd = new SplittableRandom(5);
    EnumSet<SpecimenLayout> dev = EnumSet.noneOf(SpecimenLayout.class);
    EnumSet<SpecimenLayout> heldOut = EnumSet.noneOf(SpecimenLayout.class);
    for (int i = 0; i < 2000; i++) {
      String code = List.of("VA", "TX", "ON", "BC", "WA", "NY").get(i % 6);
      SpecimenLayout d = SpecimenLayout.forJurisdiction(code, rnd, Split.DEV).orElseThrow();
      SpecimenLayout h = SpecimenLayout.forJurisdiction(code, rnd, Split.HELD_OUT).orElseThrow();
      assertThat(d.fits(code)).isTrue();
      assertThat(h.fits(code)).isTrue();
      dev.add(d);
      heldOut.add(h);
    }
    assertThat(dev).allMatch(l -> l.split() == Split.DEV);
    assertThat(heldOut).containsExactlyInAnyOrder(SpecimenLayout.values());
    assertThat(SpecimenLayout.forJurisdiction("AB", rnd, Split.HELD_OUT)).isEmpty();
  }

  @Test
  void keepsTheRequiredKindsOfCardOutOfTheDevelopmentSet() {
    List<SpecimenLayout> all = Arrays.asList(SpecimenLayout.values());
    assertThat(all).hasSizeGreaterThanOrEqualTo(14);
    assertThat(all.stream().filter(l -> l.split() == Split.DEV)).hasSize(9);
    // Ontario, British Columbia, label above value, "LAST, FIRST": each has a held-out layout.
    assertThat(SpecimenLayout.ON_NAME_ABOVE.split()).isEqualTo(Split.HELD_OUT);
    assertThat(SpecimenLayout.BC_LABEL_ABOVE.split()).isEqualTo(Split.HELD_OUT);
    // Labels above values and one-line "LAST, FIRST" names appear only on held-out layouts.
    FrontContent us = SAMPLES.get(0);
    for (SpecimenLayout l : all) {
      FrontContent c = l.fits("VA") ? us : fitting(l).get(0);
      List<Drawn> drawn = SpecimenFronts.layout(c, l, 1);
      boolean commaName =
          drawn.stream().anyMatch(d -> d.role() == Role.FULL_NAME && d.text().contains(","));
      boolean labelAbove =
          drawn.stream()
              .anyMatch(
                  d ->
                      d.role() == Role.LABEL
                          && drawn.stream()
                              .anyMatch(
                                  v ->
                                      v.role() == Role.DATE_OF_BIRTH
                                          && v.box().getMinY() > d.box().getMaxY() - 2
                                          && Math.abs(v.box().getMinX() - d.box().getMinX()) < 3));
      if (l.split() == Split.DEV) {
        assertThat(commaName).as("%s prints LAST, FIRST", l).isFalse();
        assertThat(labelAbove).as("%s puts labels above values", l).isFalse();
      }
    }
    assertThat(SpecimenFronts.layout(us, SpecimenLayout.US_LAST_COMMA_FIRST, 1))
        .anyMatch(d -> d.text().equals("QUINN, JORDAN AVERY"));
  }

  /** Writes one PNG per layout to the folder named by -Dspecimen.png (for looking at them). */
  @Test
  void writesSpecimensWhenAsked() throws IOException {
    String dir = System.getProperty("specimen.png");
    if (dir == null) {
      return;
    }
    Files.createDirectories(Path.of(dir));
    for (SpecimenLayout l : SpecimenLayout.values()) {
      List<FrontContent> samples = fitting(l);
      FrontContent c = samples.get(l.ordinal() % samples.size());
      ImageIO.write(
          SpecimenFronts.render(c, l, l.ordinal()),
          "png",
          Path.of(dir, l.name() + ".png").toFile());
    }
  }

  private static int distance(int a, int b) {
    return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff))
        + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff))
        + Math.abs((a & 0xff) - (b & 0xff));
  }

  private static int[] pixels(BufferedImage img) {
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }
}
