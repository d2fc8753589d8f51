package onramp.documents.specimen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The specimen card designs, each modelled on a kind of real card (not on any one person's card):
 * where the labels stand and how they read, how the names are printed, date and height formats,
 * faces and backgrounds. {@link Split#DEV} layouts may appear in a development corpus; {@link
 * Split#HELD_OUT} ones only in a held-out corpus.
 */
public enum SpecimenLayout {
  /**
   * AAMVA field numbers with short labels ("4d DLN", "3 DOB"), numbered name lines, red date of
   * birth, photo left.
   */
  US_NUMBERED_PORTRAIT_LEFT(
      Split.DEV,
      Region.US,
      Dates.US_SLASH,
      Heights.FEET_DASH,
      false,
      true,
      Designs::numberedPortraitLeft),
  /**
   * Field numbers alone ("3", "4a", "4b", "4d", "8", "15", "16", "18"), unlabelled name lines,
   * condensed values.
   */
  US_NUMBERS_ONLY(
      Split.DEV, Region.US, Dates.US_SLASH, Heights.FEET, true, true, Designs::numbersOnly),
  /**
   * Labels with colons ("DL NO:", "DOB:", "EXP:"), surname and given names on unlabelled lines,
   * serif face.
   */
  US_COLON_LABELS(
      Split.DEV, Region.US, Dates.US_SLASH, Heights.FEET_DASH, false, true, Designs::colonLabels),
  /** "LIC#", "LN"/"FN" name labels, a coloured header band, photo right, bold values. */
  US_LIC_HASH_BAND(
      Split.DEV, Region.US, Dates.US_SLASH, Heights.FEET_SPACE, false, true, Designs::licHashBand),
  /** "ID:" before the number, dates MM-DD-YYYY, a typewriter face for values, a dense guilloche. */
  US_ID_COLON_DASH_DATES(
      Split.DEV, Region.US, Dates.US_DASH, Heights.FEET, true, true, Designs::idColonDashDates),
  /** "4d DLN" and numbered labels in a condensed bold face, red date of birth, ghost portrait. */
  US_DLN_CONDENSED(
      Split.DEV, Region.US, Dates.US_SLASH, Heights.FEET_DASH, true, true, Designs::dlnCondensed),
  /**
   * "DL NO", "EXP", "ISS", dates MM-DD-YYYY, large bold serif surname, ghost portrait over a
   * rosette.
   */
  US_SERIF_DASH_DATES(
      Split.DEV, Region.US, Dates.US_DASH, Heights.FEET_DASH, false, true, Designs::serifDashDates),
  /**
   * Ontario-style: bilingual labels ("DOB/DDN"), YYYY/MM/DD dates, height in cm, numbered name
   * lines.
   */
  ON_BILINGUAL(Split.DEV, Region.ON, Dates.ON, Heights.CM, false, false, Designs::ontarioBilingual),
  /** British Columbia-style: dates like 2030-APR-17, "DL:", height in cm, mountains. */
  BC_MOUNTAINS(Split.DEV, Region.BC, Dates.BC, Heights.CM, false, true, Designs::bcMountains),

  /**
   * Small labels above their values ("DATE OF BIRTH" over the date), name as "FIRST MIDDLE LAST".
   */
  US_LABEL_ABOVE_GRID(
      Split.HELD_OUT,
      Region.US,
      Dates.US_SLASH,
      Heights.FEET_DASH,
      false,
      true,
      Designs::labelAboveGrid),
  /**
   * "LAST, FIRST MIDDLE" on one line, "LIC#" and colon labels, typewriter face, dates MM-DD-YYYY.
   */
  US_LAST_COMMA_FIRST(
      Split.HELD_OUT, Region.US, Dates.US_DASH, Heights.FEET, true, true, Designs::lastCommaFirst),
  /**
   * Dark header, photo right, numbers beside short labels in two columns, heavy seal under the
   * text.
   */
  US_DARK_HEADER_SEAL(
      Split.HELD_OUT,
      Region.US,
      Dates.US_SLASH,
      Heights.FEET_DASH,
      false,
      true,
      Designs::darkHeaderSeal),
  /**
   * Ontario-style with "NAME/NOM" above "LAST,FIRST MIDDLE", labels above values, YYYY/MM/DD, cm.
   */
  ON_NAME_ABOVE(
      Split.HELD_OUT, Region.ON, Dates.ON, Heights.CM, false, false, Designs::ontarioNameAbove),
  /**
   * British Columbia-style with labels above values, surname line over given names, 2030-APR-17
   * dates.
   */
  BC_LABEL_ABOVE(
      Split.HELD_OUT, Region.BC, Dates.BC, Heights.CM, false, true, Designs::bcLabelAbove);

  /** Which issuers a layout fits. */
  enum Region {
    US,
    ON,
    BC
  }

  /** How a layout prints dates. */
  enum Dates {
    US_SLASH("MM/dd/yyyy"),
    US_DASH("MM-dd-yyyy"),
    /** Ontario: 2030/04/17. */
    ON("yyyy/MM/dd"),
    /** British Columbia: 2030-APR-17. */
    BC("yyyy-MMM-dd");

    private final DateTimeFormatter format;

    Dates(String pattern) {
      this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    String format(LocalDate d) {
      return format.format(d).toUpperCase(Locale.ENGLISH);
    }
  }

  /** How a layout prints height. */
  enum Heights {
    /** 5'-09" */
    FEET_DASH,
    /** 5'09" */
    FEET,
    /** 5' 9" */
    FEET_SPACE,
    /** 175 cm: the inches converted and rounded, as Canadian cards print metric heights. */
    CM;

    String format(int inches) {
      return switch (this) {
        case FEET_DASH -> String.format("%d'-%02d\"", inches / 12, inches % 12);
        case FEET -> String.format("%d'%02d\"", inches / 12, inches % 12);
        case FEET_SPACE -> String.format("%d' %d\"", inches / 12, inches % 12);
        case CM -> Math.round(inches * 2.54) + " cm";
      };
    }
  }

  private static final Set<String> US_CODES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY");

  final Split split;
  final Region region;
  final Dates dates;
  final Heights heights;

  /** "JOHN A JR" rather than "SMITH JR". */
  final boolean suffixAfterGiven;

  /** "LAST, FIRST" rather than "LAST,FIRST" where the layout prints the name on one line. */
  final boolean spaceAfterComma;

  final Consumer<Card> design;

  SpecimenLayout(
      Split split,
      Region region,
      Dates dates,
      Heights heights,
      boolean suffixAfterGiven,
      boolean spaceAfterComma,
      Consumer<Card> design) {
    this.split = split;
    this.region = region;
    this.dates = dates;
    this.heights = heights;
    this.suffixAfterGiven = suffixAfterGiven;
    this.spaceAfterComma = spaceAfterComma;
    this.design = design;
  }

  public Split split() {
    return split;
  }

  /** Whether cards of this issuer ({@code VA}, {@code ON}…) can be printed in this layout. */
  public boolean fits(String jurisdictionCode) {
    return switch (region) {
      case US -> US_CODES.contains(jurisdictionCode);
      case ON -> jurisdictionCode.equals("ON");
      case BC -> jurisdictionCode.equals("BC");
    };
  }

  /** Whether a corpus of {@code corpus}'s kind may use this layout: a held-out corpus uses all. */
  public boolean allowedIn(Split corpus) {
    return corpus == Split.HELD_OUT || split == Split.DEV;
  }

  /** The layouts a corpus of kind {@code corpus} may print an issuer's card in. */
  public static List<SpecimenLayout> candidates(String jurisdictionCode, Split corpus) {
    return java.util.Arrays.stream(values())
        .filter(l -> l.fits(jurisdictionCode) && l.allowedIn(corpus))
        .toList();
  }

  /**
   * A layout for the issuer drawn at random among those the corpus may use; empty for an issuer no
   * specimen layout fits (a province other than Ontario and British Columbia).
   */
  public static Optional<SpecimenLayout> forJurisdiction(
      String code, RandomGenerator rnd, Split corpus) {
    List<SpecimenLayout> all = candidates(code, corpus);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(rnd.nextInt(all.size())));
  }
}
