package onramp.documents.front;

import java.awt.Color;
import java.time.LocalDate;
import java.util.Optional;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.LabelSet;

/** Synthetic people and card styles shared by the tests. Nobody real. */
final class Cards {
  private Cards() {}

  static FrontContent caroline() {
    return new FrontContent(
        "VA",
        "VIRGINIA",
        "A64205318",
        "HOLLOWAY",
        "CAROLINE",
        Optional.of("GRACE"),
        Optional.empty(),
        LocalDate.of(1988, 4, 18),
        LocalDate.of(2022, 5, 2),
        LocalDate.of(2030, 4, 18),
        "F",
        65,
        "HAZ",
        "2147 LAKEVIEW BLVD",
        "RICHMOND",
        "VA",
        "23220",
        "C",
        "NONE",
        "B");
  }

  static FrontContent desmond() {
    return new FrontContent(
        "OH",
        "OHIO",
        "RK482913",
        "OKAFOR",
        "DESMOND",
        Optional.empty(),
        Optional.of("JR"),
        LocalDate.of(1979, 11, 3),
        LocalDate.of(2021, 9, 14),
        LocalDate.of(2029, 11, 3),
        "M",
        73,
        "BRO",
        "88 CEDAR LN",
        "COLUMBUS",
        "OH",
        "43215",
        "B",
        "P",
        "NONE");
  }

  static FrontStyle style(
      LabelSet labels, FrontStyle.Placement placement, String font, FrontStyle.Pattern pattern) {
    return new FrontStyle(
        labels,
        placement,
        font,
        new Color(0xf4eee0),
        new Color(0xdde8d5),
        new Color(0x7a1c1c),
        pattern,
        42L);
  }
}
