package onramp.documents.front;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import onramp.documents.front.FieldExtractor.Value;
import onramp.documents.ocr.OcrWord;
import org.jspecify.annotations.Nullable;

/**
 * Fields found by their shape or place when their label was not read: the city line (CITY, ST
 * 12345) and the street above it; a licence-number-shaped word behind an unreadable short label;
 * the family name on the line above the given names. Found this way, a value keeps {@value #WEIGHT}
 * of its OCR confidence, less for the licence number.
 */
final class Unlabelled {
  static final double WEIGHT = 0.8;

  /** Nobody is licensed younger than this (learner permits start at 14 in a few states). */
  static final int ADULT_YEARS = 14;

  private static final Pattern LICENCE_SHAPE = Pattern.compile("[A-Z]{0,2}\\d{6,13}");
  private static final Pattern ANY_LICENCE_SHAPE =
      Pattern.compile("(?=(?:[A-Z]*\\d){2})[A-Z0-9]{7,15}");
  private static final Pattern NAME_SHAPE = Pattern.compile("[A-Z][A-Z'\\-]+");

  private Unlabelled() {}

  static void fill(FieldExtractor x) {
    if (!x.fields.containsKey(FrontField.ADDRESS_CITY_STATE_ZIP)) {
      address(x);
    }
    if (!x.fields.containsKey(FrontField.LICENSE_NUMBER)) {
      licenceNumber(x);
    }
    if (!x.fields.containsKey(FrontField.LAST_NAME)) {
      familyName(x);
    }
    if (!x.fields.containsKey(FrontField.LAST_NAME)
        && !x.fields.containsKey(FrontField.FIRST_NAME)) {
      namesAboveTheAddress(x);
    }
    dates(x);
  }

  /**
   * A card prints three dates in a fixed order of time: birth, at least {@value #ADULT_YEARS} years
   * later issue, then expiry. A date no label claimed (its label was misread: "3bpo0B") is the
   * birth date when it is that much earlier than every other date on the card, the expiry when it
   * is later than all of them, and the issue date when it lies between birth and expiry.
   */
  private static void dates(FieldExtractor x) {
    List<FrontField> order =
        List.of(FrontField.DATE_OF_BIRTH, FrontField.EXPIRATION_DATE, FrontField.ISSUE_DATE);
    for (FrontField field : order) {
      if (x.fields.containsKey(field)) {
        continue;
      }
      Map<FrontField, LocalDate> claimed = new EnumMap<>(FrontField.class);
      for (FrontField f : order) {
        Optional.ofNullable(x.fields.get(f))
            .flatMap(e -> PrintedFormats.parseDate(e.value()))
            .ifPresent(d -> claimed.put(f, d));
      }
      List<Map.Entry<OcrWord, LocalDate>> free = new ArrayList<>();
      for (TextLine line : x.lines) {
        for (OcrWord word : line.words()) {
          Optional<LocalDate> date =
              x.labelWords.contains(word)
                  ? Optional.empty()
                  : PrintedFormats.parseDate(Labels.token(word.text()));
          if (date.isPresent() && !claimed.containsValue(date.get())) {
            free.add(Map.entry(word, date.get()));
          }
        }
      }
      Comparator<Map.Entry<OcrWord, LocalDate>> byDate = Map.Entry.comparingByValue();
      Optional<Map.Entry<OcrWord, LocalDate>> pick =
          switch (field) {
            case DATE_OF_BIRTH ->
                free.stream()
                    .min(byDate)
                    .filter(
                        c ->
                            others(claimed, free, c).stream()
                                    .allMatch(d -> !c.getValue().plusYears(ADULT_YEARS).isAfter(d))
                                && !others(claimed, free, c).isEmpty());
            case EXPIRATION_DATE ->
                free.stream()
                    .max(byDate)
                    .filter(
                        c ->
                            others(claimed, free, c).stream()
                                    .allMatch(d -> d.isBefore(c.getValue()))
                                && !others(claimed, free, c).isEmpty());
            default ->
                free.size() == 1
                        && claimed.containsKey(FrontField.DATE_OF_BIRTH)
                        && claimed.containsKey(FrontField.EXPIRATION_DATE)
                        && free.get(0)
                            .getValue()
                            .isAfter(
                                claimed.get(FrontField.DATE_OF_BIRTH).plusYears(ADULT_YEARS - 1))
                        && free.get(0).getValue().isBefore(claimed.get(FrontField.EXPIRATION_DATE))
                    ? Optional.of(free.get(0))
                    : Optional.empty();
          };
      pick.ifPresent(c -> x.offer(field, List.of(c.getKey()), WEIGHT));
    }
  }

  private static List<LocalDate> others(
      Map<FrontField, LocalDate> claimed,
      List<Map.Entry<OcrWord, LocalDate>> free,
      Map.Entry<OcrWord, LocalDate> pick) {
    List<LocalDate> out = new ArrayList<>(claimed.values());
    free.stream().filter(c -> c != pick).forEach(c -> out.add(c.getValue()));
    return out;
  }

  private static void address(FieldExtractor x) {
    for (int li = 1; li < x.lines.size(); li++) {
      TextLine line = x.lines.get(li);
      for (int i = 0; i < line.words().size(); i++) {
        Optional<Value> city = x.run(line, i, Integer.MAX_VALUE);
        if (city.isPresent() && PrintedFormats.parseCityStateZip(city.get().text()).isPresent()) {
          x.offer(FrontField.ADDRESS_CITY_STATE_ZIP, city.get().words(), WEIGHT);
          TextLine above = x.lines.get(li - 1);
          OcrWord start = city.get().words().get(0);
          for (int k = 0; k < above.words().size(); k++) {
            if (Math.abs(above.words().get(k).left() - start.left()) <= above.unit()) {
              x.run(above, k, Integer.MAX_VALUE)
                  .ifPresent(s -> x.offer(FrontField.ADDRESS_STREET, s.words(), WEIGHT));
              break;
            }
          }
          return;
        }
      }
    }
  }

  /** The first word shaped like a licence number right behind a short unknown word, top down. */
  private static void licenceNumber(FieldExtractor x) {
    for (TextLine line : x.lines) {
      for (int i = 0; i + 1 < line.words().size(); i++) {
        OcrWord label = line.words().get(i);
        OcrWord value = line.words().get(i + 1);
        String number =
            PrintedFormats.repairLicenceNumber(
                PrintedFormats.normaliseLicenceNumber(Labels.token(value.text())));
        boolean shortUnknown =
            Labels.token(label.text()).length() <= 4 && !x.labelWords.contains(label);
        // Behind a label that ends in a colon ("ID:", "DL NO:" read as "io:", "ptno:") any number
        // of a
        // licence's length with digits in it: states mix letters and digits (Washington's
        // WDLxxxxx999xx).
        boolean shaped =
            LICENCE_SHAPE.matcher(number).matches()
                || (label.text().endsWith(":") && ANY_LICENCE_SHAPE.matcher(number).matches());
        if ((i == 0 || Labels.wideGap(line, i) || label.text().endsWith(":"))
            && shortUnknown
            && shaped) {
          x.offer(FrontField.LICENSE_NUMBER, List.of(value), WEIGHT * WEIGHT);
          return;
        }
      }
    }
  }

  /**
   * Cards that print the holder's name without labels print it right above the address: the given
   * names on the line above the street, the family name above them ("LAST, FIRST MIDDLE" on one
   * line on some). Stray marks read from the portrait or the background at either end of a line are
   * dropped; a line with digits or a label in it is no name.
   */
  private static void namesAboveTheAddress(FieldExtractor x) {
    int city = cityLine(x);
    if (city < 2) {
      return;
    }
    List<List<OcrWord>> names = new ArrayList<>();
    for (int li = city - 2; li >= 0 && li >= city - 4 && names.size() < 2; li--) {
      List<OcrWord> words = nameWords(x, x.lines.get(li));
      if (words == null) {
        break; // a line of digits or labels: the names are above the address or nowhere
      }
      if (!words.isEmpty()) {
        names.add(words);
      }
    }
    if (names.size() == 2) {
      x.offer(FrontField.LAST_NAME, FieldExtractor.withoutSuffix(names.get(1)), WEIGHT);
      List<OcrWord> given = FieldExtractor.withoutSuffix(names.get(0));
      x.offer(FrontField.FIRST_NAME, given.subList(0, 1), WEIGHT);
      if (given.size() > 1) {
        x.offer(FrontField.MIDDLE_NAME, given.subList(1, given.size()), WEIGHT);
      }
    } else if (names.size() == 1) {
      List<OcrWord> line = names.get(0);
      for (int i = 0; i + 1 < line.size(); i++) {
        if (line.get(i).text().endsWith(",")) {
          x.offer(FrontField.LAST_NAME, line.subList(0, i + 1), WEIGHT);
          List<OcrWord> given = FieldExtractor.withoutSuffix(line.subList(i + 1, line.size()));
          x.offer(FrontField.FIRST_NAME, given.subList(0, 1), WEIGHT);
          return;
        }
      }
    }
  }

  /** The index of the line holding CITY, ST 12345, or -1. */
  private static int cityLine(FieldExtractor x) {
    for (int li = 0; li < x.lines.size(); li++) {
      TextLine line = x.lines.get(li);
      for (int i = 0; i < line.words().size(); i++) {
        Optional<Value> run = x.run(line, i, Integer.MAX_VALUE);
        if (run.isPresent() && PrintedFormats.parseCityStateZip(run.get().text()).isPresent()) {
          return li;
        }
      }
    }
    return -1;
  }

  /**
   * The words of a name line without stray marks at its ends; empty for a line of noise only; null
   * for a line that is not a name (digits, labels, or a word that is no name in the middle).
   */
  private static @Nullable List<OcrWord> nameWords(FieldExtractor x, TextLine line) {
    List<OcrWord> words = line.words();
    int start = 0;
    int end = words.size();
    while (start < end && !nameLike(words.get(start))) {
      start++;
    }
    while (end > start && !nameLike(words.get(end - 1))) {
      end--;
    }
    if (start == end) {
      // Marks only ("@ 6", "¢e"): noise from the portrait or the background, not a line of the
      // card's text.
      return words.stream().allMatch(w -> w.text().length() <= 2) ? List.of() : null;
    }
    List<OcrWord> kept = words.subList(start, end);
    boolean name =
        kept.stream().allMatch(Unlabelled::nameLike)
            && kept.stream().noneMatch(x.labelWords::contains);
    return name ? kept : null;
  }

  /** Upper-case letters, hyphens and apostrophes, two or more (a trailing comma allowed). */
  private static boolean nameLike(OcrWord word) {
    String t =
        word.text().endsWith(",")
            ? word.text().substring(0, word.text().length() - 1)
            : word.text();
    return t.length() >= 2
        && NAME_SHAPE.matcher(t).matches()
        && t.equals(t.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Given names were labelled but the family name was not: it is the line above, after its label.
   */
  private static void familyName(FieldExtractor x) {
    for (int li = 1; li < x.lines.size(); li++) {
      TextLine line = x.lines.get(li);
      boolean givenNames =
          !line.words().isEmpty()
              && x.labelWords.contains(line.words().get(0))
              && Labels.at(line, 0)
                  .map(f -> f.label().field() == FrontField.FIRST_NAME)
                  .orElse(false);
      if (!givenNames) {
        continue;
      }
      TextLine above = x.lines.get(li - 1);
      if (above.words().size() >= 2
          && Labels.token(above.words().get(0).text()).length() <= 3
          && NAME_SHAPE.matcher(Labels.token(above.words().get(1).text())).matches()) {
        x.run(above, 1, Integer.MAX_VALUE)
            .ifPresent(
                v ->
                    x.offer(FrontField.LAST_NAME, FieldExtractor.withoutSuffix(v.words()), WEIGHT));
      }
      return;
    }
  }
}
