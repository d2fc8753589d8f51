package onramp.app.system.charts;

import java.util.List;

/**
 * Small inline SVG charts drawn on the server. Each has a title, axes with their unit, a legend
 * when bars hold more than one series, and a tooltip per bar; the tables beside a chart are its
 * text equivalent for screen readers.
 */
public final class Charts {
  /** Okabe and Ito's colour-blind-safe palette, in the order series take it. */
  public static final List<String> PALETTE =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#882255");

  /** Grey, for everyone past the palette taken together. */
  public static final String OTHERS = "#999999";

  private Charts() {}

  /** One part of a bar: its value, colour and series name (blank for a chart of one series). */
  public record Segment(double value, String colour, String name) {}

  /** One bar: its label (a day, a team) and its segments, stacked in order. */
  public record Bar(String label, List<Segment> segments) {
    public Bar {
      segments = List.copyOf(segments);
    }

    /** A bar of one segment, in a chart of one series. */
    public static Bar of(String label, double value, String colour) {
      return new Bar(label, List.of(new Segment(value, colour, "")));
    }

    public double total() {
      return segments.stream().mapToDouble(Segment::value).sum();
    }
  }

  /**
   * What the axes show.
   *
   * @param categories the title of the axis the bars stand on, e.g. {@code Day of March 2026}
   * @param values the title of the value axis, e.g. {@code Decisions}
   * @param unit how values are written on the axis and the bars
   */
  public record Axes(String categories, String values, Unit unit) {}

  /** Vertical bars side by side (one per day, say), each stacked from its segments. */
  public static String stackedBars(String title, Axes axes, List<Bar> bars) {
    return StackedBars.draw(title, axes, bars);
  }

  /** One horizontal bar per label, for ranking (top reasons, dollars by tool). */
  public static String horizontalBars(String title, Axes axes, List<Bar> bars) {
    return HorizontalBars.draw(title, axes, bars);
  }
}
