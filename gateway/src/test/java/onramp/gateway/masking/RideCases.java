package onramp.gateway.masking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The synthetic ride-sharing set (test resources pii/rides/labelled.tsv): {{TYPE|value}} marks. */
final class RideCases {
  private static final Pattern MARK = Pattern.compile("\\{\\{([A-Z_]+)\\|(.*?)}}");

  private RideCases() {}

  static List<LabelledCase> load() {
    return load("/pii/rides/labelled.tsv");
  }

  static List<LabelledCase> load(String resource) {
    List<LabelledCase> cases = new ArrayList<>();
    for (String line : PresidioCases.text(resource).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      MaskingContext context =
          parts[0].equals("-")
              ? MaskingContext.none()
              : new MaskingContext(Arrays.stream(parts[0].split(";")).map(String::strip).toList());
      cases.add(parse(parts[1], context));
    }
    return cases;
  }

  static LabelledCase parse(String marked, MaskingContext context) {
    StringBuilder text = new StringBuilder();
    List<LabelledCase.Span> spans = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(2));
      spans.add(new LabelledCase.Span(EntityType.valueOf(m.group(1)), start, text.length()));
      last = m.end();
    }
    text.append(marked.substring(last));
    return new LabelledCase(
        "rides", text.toString(), context, spans, List.of(), Optional.empty(), false);
  }
}
