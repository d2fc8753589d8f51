package onramp.app.system.charts;

import java.util.ArrayList;
import java.util.List;

/** A value axis from zero with round steps (1, 2, 2.5 or 5 times a power of ten). */
record Scale(double step, double top) {

  static Scale of(double max, int wantedTicks, Unit unit) {
    double m = max > 0 && Double.isFinite(max) ? max : 1;
    double raw = m / wantedTicks;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double normal = raw / magnitude;
    double nice = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10;
    double step = nice * magnitude;
    if (unit.whole()) {
      step = Math.max(1, Math.ceil(step));
    }
    return new Scale(step, Math.ceil(m / step - 1e-9) * step);
  }

  List<Double> ticks() {
    List<Double> out = new ArrayList<>();
    long n = Math.round(top / step);
    for (long i = 0; i <= n; i++) {
      out.add(i * step);
    }
    return out;
  }

  /** {@code value} as a share of the axis, 0 to 1. */
  double fraction(double value) {
    return value / top;
  }
}
