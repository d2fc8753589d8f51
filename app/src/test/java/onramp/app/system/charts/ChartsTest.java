package onramp.app.system.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartsTest {
  private static final Charts.Axes DOLLARS_PER_DAY =
      new Charts.Axes("Day of March 2026 (UTC)", "US dollars", Unit.DOLLARS);

  private static List<Charts.Bar> month() {
    List<Charts.Bar> bars = new ArrayList<>();
    for (int day = 1; day <= 31; day++) {
      bars.add(
          new Charts.Bar(
              Integer.toString(day),
              List.of(
                  new Charts.Segment(day * 0.01, "#0072B2", "onboarding"),
                  new Charts.Segment(0.2, "#E69F00", "support <west>"))));
    }
    return bars;
  }

  @Test
  void stackedBarsHaveAValueAxisWithUnitsAxisTitlesAndALegend() {
    String svg = Charts.stackedBars("Dollars per day", DOLLARS_PER_DAY, month());

    // tallest bar: 0.31 + 0.2 = $0.51, so ticks of $0.20 up to $0.60
    assertThat(svg)
        .startsWith("<svg class=\"chart-stacked many\" role=\"img\" aria-label=\"Dollars per day\"")
        .contains(">$0.00<", ">$0.20<", ">$0.60<", ">US dollars<", ">Day of March 2026 (UTC)<")
        .contains(">onboarding<", ">support &lt;west&gt;<")
        .contains("<title>31, onboarding: $0.31</title>")
        .doesNotContain(">$0.80<")
        .endsWith("</svg>");
  }

  @Test
  void aSingleSeriesNeedsNoLegend() {
    String svg =
        Charts.stackedBars(
            "Sign-ups per day",
            new Charts.Axes("Day", "Sign-ups", Unit.COUNT),
            List.of(Charts.Bar.of("11-27", 3, "#0b57d0"), Charts.Bar.of("11-28", 0, "#0b57d0")));

    assertThat(svg).contains(">0<", ">1<", ">3<", ">Sign-ups<").doesNotContain("width=\"10\"");
  }

  @Test
  void rankedBarsWriteEachValueInItsUnitAndKeepLongLabelsWhole() {
    String label = "onr_AbCdEfGh… · customer-support/workspace";
    String svg =
        Charts.horizontalBars(
            "Dollars by key",
            new Charts.Axes("", "US dollars", Unit.DOLLARS),
            List.of(
                Charts.Bar.of(label, 6.83, "#0072B2"),
                Charts.Bar.of("in process", 0.0015, "#999999")));

    assertThat(svg).contains(">" + label + "<", ">$6.83<", ">$0.0015<", ">US dollars<", ">$8<");
  }

  @ParameterizedTest
  @CsvSource({
    "DOLLARS, 0, $0",
    "DOLLARS, 0.0015, $0.0015",
    "DOLLARS, 0.012345, $0.01",
    "DOLLARS, 1234.5, '$1,234.50'",
    "COUNT, 1234, '1,234'",
    "COUNT, 2.5, 2.5"
  })
  void valuesAreWrittenInTheirUnit(Unit unit, double value, String written) {
    assertThat(unit.value(value)).isEqualTo(written);
  }

  @ParameterizedTest
  @CsvSource({
    "1.19, DOLLARS, 0.25, 1.25",
    "0.51, DOLLARS, 0.2, 0.6",
    "3, COUNT, 1, 3",
    "0, COUNT, 1, 1",
    "17.9, DOLLARS, 5, 20",
    "0.00004, DOLLARS, 0.00001, 0.00004"
  })
  void scalesStepInRoundNumbers(double max, Unit unit, double step, double top) {
    Scale scale = Scale.of(max, 5, unit);

    assertThat(scale.step()).isCloseTo(step, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(scale.top()).isCloseTo(top, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void ticksShowAsManyDecimalsAsTheirStepNeeds() {
    assertThat(Unit.DOLLARS.tick(0.25, 0.25)).isEqualTo("$0.25");
    assertThat(Unit.DOLLARS.tick(5, 5)).isEqualTo("$5");
    assertThat(Unit.DOLLARS.tick(0.00002, 0.00001)).isEqualTo("$0.00002");
    assertThat(Unit.COUNT.tick(2000, 1000)).isEqualTo("2,000");
  }

  /** Writes the charts into target/charts.html for a person (or headless Chromium) to look at. */
  @Test
  void writesASamplePage() throws Exception {
    String html =
        "<!DOCTYPE html><meta charset=utf-8><body style=\"font-family: sans-serif; max-width: 60rem\">"
            + Charts.stackedBars("Dollars per day", DOLLARS_PER_DAY, month())
            + Charts.stackedBars(
                "Decisions per day",
                new Charts.Axes("Day (month-day)", "Decisions", Unit.COUNT),
                List.of(
                    new Charts.Bar(
                        "11-27",
                        List.of(
                            new Charts.Segment(4, "#0a6b2d", "approved"),
                            new Charts.Segment(1, "#a4262c", "rejected"),
                            new Charts.Segment(2, "#b26a00", "to review"))),
                    new Charts.Bar(
                        "11-28",
                        List.of(
                            new Charts.Segment(6, "#0a6b2d", "approved"),
                            new Charts.Segment(0, "#a4262c", "rejected"),
                            new Charts.Segment(3, "#b26a00", "to review")))))
            + "<div style=\"max-width: 34rem\">"
            + Charts.horizontalBars(
                "Top reasons",
                new Charts.Axes("Reason", "Decisions with the reason", Unit.COUNT),
                List.of(
                    Charts.Bar.of("DL_FRONT_BACK_MISMATCH", 12, "#0b57d0"),
                    Charts.Bar.of("I9_SECTION2_LATE", 4, "#0b57d0")))
            + "</div>";
    Path out = Path.of("target", "charts.html");
    Files.createDirectories(out.getParent());
    Files.writeString(out, html);

    assertThat(out).exists();
  }
}
