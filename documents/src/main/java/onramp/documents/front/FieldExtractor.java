package onramp.documents.front;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import onramp.documents.Confidence;
import onramp.documents.Evidence;
import onramp.documents.Source;
import onramp.documents.front.Labels.Found;
import onramp.documents.ocr.OcrWord;

/**
 * Turns OCR lines into fields: find the labels, then take each label's value from the words right
 * of it on its line (up to the next label or a wide gap) or, when nothing follows it, from the
 * first line below within the label's column.
 */
final class FieldExtractor {
  /** A value that failed its format check keeps at most this share of its OCR confidence. */
  static final double FORMAT_PENALTY = 0.4;

  static final int CARD_DATES = 2;
  static final double NOT_A_CARD_PENALTY = 0.5;

  /** Cards print values in capitals: lower case in a value means a misread. */
  static final double LOWER_CASE_PENALTY = 0.8;

  private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV", "V");

  final List<TextLine> lines;
  private final SecondLook.Rescan rescan;
  private final List<Runnable> secondLooks = new ArrayList<>();
  private final List<List<Found>> labelsByLine = new ArrayList<>();
  final Set<OcrWord> labelWords = new HashSet<>();
  final Map<FrontField, Evidence<String>> fields = new EnumMap<>(FrontField.class);
  private final Set<FrontField> wellFormed = EnumSet.noneOf(FrontField.class);

  private FieldExtractor(List<TextLine> lines, SecondLook.Rescan rescan) {
    this.lines = lines;
    this.rescan = rescan;
  }

  static Extraction extract(List<TextLine> lines, SecondLook.Rescan rescan) {
    FieldExtractor extractor = new FieldExtractor(lines, rescan);
    extractor.findLabels();
    extractor.readValues();
    Unlabelled.fill(extractor);
    extractor.secondLooks.forEach(Runnable::run);
    extractor.doubtIfNotACard();
    return new Extraction(extractor.fields, extractor.wellFormed);
  }

  /** The fields found, and which of them passed their format check. */
  record Extraction(Map<FrontField, Evidence<String>> fields, Set<FrontField> wellFormed) {}

  private void findLabels() {
    for (TextLine line : lines) {
      List<Found> found = new ArrayList<>();
      for (int i = 0; i < line.words().size(); i++) {
        Optional<Found> label = Labels.at(line, i);
        if (label.isPresent()) {
          found.add(label.get());
          labelWords.addAll(line.words().subList(label.get().first(), label.get().last() + 1));
          i = label.get().last();
        }
      }
      labelsByLine.add(found);
    }
  }

  private void readValues() {
    for (int li = 0; li < lines.size(); li++) {
      List<Found> found = labelsByLine.get(li);
      for (int k = 0; k < found.size(); k++) {
        Found label = found.get(k);
        int columnEnd =
            k + 1 < found.size() ? found.get(k + 1).firstWord().left() : Integer.MAX_VALUE;
        Optional<Value> value =
            inline(label, columnEnd).or(() -> beside(label)).or(() -> below(label, columnEnd));
        value.ifPresent(v -> accept(label.label().field(), v));
        planSecondLook(label, value, columnEnd);
      }
    }
  }

  /**
   * A licence front prints three dates; with fewer than {@value #CARD_DATES} of them well formed
   * this is probably not a card (noise, another document, a ruined photo) and any value found is
   * doubtful. Dates, because look-alike label matching finds a few labels in any noise, while noise
   * never makes a valid MM/DD/CCYY.
   */
  private void doubtIfNotACard() {
    long dates =
        Stream.of(FrontField.DATE_OF_BIRTH, FrontField.ISSUE_DATE, FrontField.EXPIRATION_DATE)
            .filter(wellFormed::contains)
            .count();
    if (dates < CARD_DATES) {
      fields.replaceAll(
          (field, e) -> Evidence.of(e.value(), e.source(), e.confidence() * NOT_A_CARD_PENALTY));
    }
  }

  /** After the first pass, looks again where a short value was missed, malformed or unsure. */
  private void planSecondLook(Found label, Optional<Value> value, int columnEnd) {
    FrontField field = label.label().field();
    if (!SecondLook.FIELDS.contains(field)) {
      return;
    }
    boolean labelsOnly = label.line().words().stream().allMatch(labelWords::contains);
    secondLooks.add(
        () -> {
          Evidence<String> read = fields.get(field);
          if (read != null
              && wellFormed.contains(field)
              && Confidence.confident(read.confidence())) {
            return;
          }
          List<OcrWord> words = rescan.line(SecondLook.region(label, value, columnEnd, labelsOnly));
          List<OcrWord> values = words.stream().filter(w -> !Labels.isLabelWord(w.text())).toList();
          if (!values.isEmpty()) {
            offer(field, values);
          }
        });
  }

  private Optional<Value> inline(Found label, int columnEnd) {
    TextLine line = label.line();
    return run(line, label.last() + 1, columnEnd);
  }

  /**
   * A value printed right of its label on a neighbouring line: a label in small type set a little
   * lower (or higher) than its value's baseline ends up on a line of its own ("pos" under
   * "10-02-1979"). The value is the first word on a line whose box the label touches that starts to
   * the label's right within three word heights.
   */
  private Optional<Value> beside(Found label) {
    int li = lines.indexOf(label.line());
    OcrWord last = label.line().words().get(label.last());
    int top =
        label.line().words().subList(label.first(), label.last() + 1).stream()
            .mapToInt(OcrWord::top)
            .min()
            .orElse(last.top());
    int bottom =
        label.line().words().subList(label.first(), label.last() + 1).stream()
            .mapToInt(OcrWord::bottom)
            .max()
            .orElse(last.bottom());
    for (int j : new int[] {li - 1, li + 1}) {
      if (j < 0 || j >= lines.size()) {
        continue;
      }
      TextLine line = lines.get(j);
      int unit = line.unit();
      if (Math.min(bottom, line.bottom()) - Math.max(top, line.top()) <= 0) {
        continue;
      }
      for (int i = 0; i < line.words().size(); i++) {
        OcrWord w = line.words().get(i);
        if (w.left() >= last.right()
            && w.left() - last.right() <= 3 * unit
            && !labelWords.contains(w)) {
          return run(line, i, Integer.MAX_VALUE);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Value> below(Found label, int columnEnd) {
    int li = lines.indexOf(label.line());
    int unit = label.line().unit();
    int left = label.firstWord().left() - unit;
    for (int j = li + 1; j < lines.size() && j <= li + 2; j++) {
      TextLine line = lines.get(j);
      if (line.top() - label.line().bottom() > 3 * Math.max(unit, line.unit())) {
        break;
      }
      for (int i = 0; i < line.words().size(); i++) {
        OcrWord w = line.words().get(i);
        if (w.left() >= left && w.left() < columnEnd && !labelWords.contains(w)) {
          return run(line, i, columnEnd);
        }
      }
    }
    return Optional.empty();
  }

  /** Words from {@code start} up to a label, the column end or a wide gap. */
  Optional<Value> run(TextLine line, int start, int columnEnd) {
    List<OcrWord> words = new ArrayList<>();
    for (int i = start; i < line.words().size(); i++) {
      OcrWord w = line.words().get(i);
      boolean wideGap = i > start && Labels.wideGap(line, i);
      if (labelWords.contains(w) || w.left() >= columnEnd || wideGap) {
        break;
      }
      words.add(w);
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(new Value(line, words));
  }

  private void accept(FrontField field, Value value) {
    switch (field) {
      case LAST_NAME -> offer(FrontField.LAST_NAME, withoutSuffix(value.words()));
      case FIRST_NAME -> {
        List<OcrWord> names = withoutSuffix(value.words());
        offer(FrontField.FIRST_NAME, names.subList(0, Math.min(1, names.size())));
        if (names.size() > 1) {
          offer(FrontField.MIDDLE_NAME, names.subList(1, names.size()));
        }
      }
      case ADDRESS_STREET -> {
        offer(FrontField.ADDRESS_STREET, value.words());
        cityLine(value).ifPresent(city -> offer(FrontField.ADDRESS_CITY_STATE_ZIP, city.words()));
      }
      default -> offer(field, value.words());
    }
  }

  /** The line under the street, starting where the street starts. */
  private Optional<Value> cityLine(Value street) {
    int li = lines.indexOf(street.line());
    if (li + 1 >= lines.size()) {
      return Optional.empty();
    }
    TextLine next = lines.get(li + 1);
    int unit = street.line().unit();
    if (next.top() - street.line().bottom() > 2 * unit) {
      return Optional.empty();
    }
    int left = street.words().get(0).left();
    for (int i = 0; i < next.words().size(); i++) {
      if (Math.abs(next.words().get(i).left() - left) <= 2 * unit) {
        return run(next, i, Integer.MAX_VALUE);
      }
    }
    return Optional.empty();
  }

  private void offer(FrontField field, List<OcrWord> words) {
    offer(field, words, 1.0);
  }

  /** Keeps this reading of a field if it is better formed, or as well formed and surer. */
  void offer(FrontField field, List<OcrWord> words, double weight) {
    if (words.isEmpty()) {
      return;
    }
    String text = String.join(" ", words.stream().map(OcrWord::text).toList());
    double confidence = words.stream().mapToDouble(OcrWord::confidence).average().orElse(0) / 100;
    confidence = Math.clamp(confidence * weight, 0, 1);
    if (!text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
      confidence *= LOWER_CASE_PENALTY;
    }
    Optional<String> normalised = PrintedFormats.normalise(field, text);
    Evidence<String> evidence =
        normalised.isPresent()
            ? Evidence.of(normalised.get(), Source.FRONT_OCR, confidence)
            : Evidence.of(text.strip(), Source.FRONT_OCR, confidence * FORMAT_PENALTY);
    Evidence<String> existing = fields.get(field);
    boolean better =
        existing == null
            || (normalised.isPresent() && !wellFormed.contains(field))
            || (normalised.isPresent() == wellFormed.contains(field)
                && evidence.confidence() > existing.confidence());
    if (better) {
      fields.put(field, evidence);
      if (normalised.isPresent()) {
        wellFormed.add(field);
      } else {
        wellFormed.remove(field);
      }
    }
  }

  static List<OcrWord> withoutSuffix(List<OcrWord> words) {
    int end = words.size();
    while (end > 1 && SUFFIXES.contains(Labels.token(words.get(end - 1).text()))) {
      end--;
    }
    return words.subList(0, end);
  }

  /** Words read as one field's value, and the line they are on. */
  record Value(TextLine line, List<OcrWord> words) {
    String text() {
      return String.join(" ", words.stream().map(OcrWord::text).toList());
    }
  }
}
