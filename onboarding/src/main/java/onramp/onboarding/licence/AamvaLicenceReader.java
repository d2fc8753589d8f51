package onramp.onboarding.licence;

import static onramp.onboarding.decision.ReasonCode.DL_BARCODE_INVALID;
import static onramp.onboarding.decision.ReasonCode.DL_BARCODE_UNREADABLE;
import static onramp.onboarding.decision.ReasonCode.DL_IMAGE_UNREADABLE;
import static onramp.onboarding.decision.ReasonCode.DL_MISSING;
import static onramp.onboarding.decision.ReasonCode.MODEL_STEP_DELAYED;
import static onramp.onboarding.decision.ReasonCode.STEP_UNAVAILABLE;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import onramp.documents.DocumentException;
import onramp.documents.Evidence;
import onramp.documents.Source;
import onramp.documents.aamva.AamvaFormatException;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.aamva.AamvaParser;
import onramp.documents.aamva.Truncation;
import onramp.documents.barcode.DecodedBarcode;
import onramp.documents.barcode.Pdf417Decoder;
import onramp.documents.front.FrontReader;
import onramp.documents.front.FrontReading;
import onramp.documents.model.ModelFrontReader;
import onramp.documents.model.ModelReaders;
import onramp.documents.model.ModelStepException;
import onramp.documents.model.ModelTryLaterException;
import onramp.onboarding.application.Document;
import onramp.onboarding.application.Documents;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.decision.Reason;

/**
 * Reads a US or Canadian licence: the AAMVA PDF417 on the back is the source of truth, the front is
 * read by OCR for the cross-check.
 */
public final class AamvaLicenceReader implements LicenceReader {
  private final Pdf417Decoder barcodes;
  private final FrontReader front;
  private final ModelReaders models;

  private AamvaLicenceReader(Pdf417Decoder barcodes, FrontReader front, ModelReaders models) {
    this.barcodes = barcodes;
    this.front = front;
    this.models = models;
  }

  /**
   * Barcode, OCR on {@code front}, and the model (through the gateway) for what OCR cannot read,
   * when configured.
   */
  public static AamvaLicenceReader standard(FrontReader front, ModelReaders models) {
    return new AamvaLicenceReader(Pdf417Decoder.standard(), front, models);
  }

  @Override
  public LicenceRead read(Documents documents) {
    List<Reason> problems = new ArrayList<>();
    Optional<DriverLicence> licence = readBack(documents, problems);
    FrontSide frontSide = readFront(documents, problems, licence);
    return new LicenceRead(licence, frontSide, problems);
  }

  private Optional<DriverLicence> readBack(Documents documents, List<Reason> problems) {
    Optional<Document> back = documents.image("dl-back");
    if (back.isEmpty()) {
      problems.add(
          Reason.of(
              DL_MISSING, "back", "No licence back (dl-back.png or dl-back.jpg) was supplied."));
      return Optional.empty();
    }
    BufferedImage image;
    try {
      image = back.get().image();
    } catch (DocumentException e) {
      problems.add(Reason.of(DL_IMAGE_UNREADABLE, "back", message(e)));
      return Optional.empty();
    }
    Optional<DecodedBarcode> decoded = barcodes.decode(image);
    if (decoded.isEmpty()) {
      problems.add(
          Reason.of(
              DL_BARCODE_UNREADABLE,
              "barcode",
              "No PDF417 barcode could be read from the licence back; take the photo again, flat, in good light,"
                  + " with the whole barcode in view."));
      return Optional.empty();
    }
    try {
      return Optional.of(toLicence(AamvaParser.parse(decoded.get().text())));
    } catch (AamvaFormatException e) {
      problems.add(
          Reason.of(
              DL_BARCODE_INVALID,
              "barcode",
              "The licence barcode is not a valid AAMVA payload ("
                  + e.problem()
                  + "): "
                  + e.getMessage()));
      return Optional.empty();
    }
  }

  private FrontSide readFront(
      Documents documents, List<Reason> problems, Optional<DriverLicence> licence) {
    Optional<Document> path = documents.image("dl-front");
    if (path.isEmpty()) {
      problems.add(
          Reason.of(
              DL_MISSING,
              "front",
              "No licence front (dl-front.png or dl-front.jpg) was supplied."));
      return FrontSide.empty();
    }
    BufferedImage image;
    try {
      image = path.get().image();
    } catch (DocumentException e) {
      problems.add(Reason.of(DL_IMAGE_UNREADABLE, "front", message(e)));
      return FrontSide.empty();
    }
    Map<FrontSide.Field, Evidence<String>> fields = new EnumMap<>(FrontSide.Field.class);
    List<String> text = List.of();
    if (front.availability().available()) {
      // The located card's reading is enough when it already confirms the barcode: no second
      // reading.
      FrontReading reading =
          front.read(image, r -> licence.map(dl -> confirms(dl, r)).orElse(false));
      fields.putAll(frontFields(reading));
      text = lines(reading);
    } else {
      problems.add(
          Reason.of(
              STEP_UNAVAILABLE,
              "front",
              "Licence-front OCR is off: " + front.availability().reason()));
    }
    boolean settled =
        licence.isPresent()
            ? FrontBackRule.compare(licence.get(), new FrontSide(fields, text)).settled()
            : enoughToCompare(fields);
    if (!settled) {
      fields.putAll(askModel(image, fields, problems, documents.application()));
    }
    return new FrontSide(fields, text);
  }

  private static boolean confirms(DriverLicence dl, FrontReading reading) {
    FrontBackRule.Comparison c =
        FrontBackRule.compare(dl, new FrontSide(frontFields(reading), lines(reading)));
    return c.enough() && c.reasons().isEmpty();
  }

  private static List<String> lines(FrontReading reading) {
    return reading.rawText().lines().filter(l -> !l.isBlank()).toList();
  }

  /**
   * Without a barcode to compare with: date of birth, expiry and the licence number or a name read
   * confidently. With one, {@link FrontBackRule#compare} says whether the front settles the check.
   */
  private static boolean enoughToCompare(Map<FrontSide.Field, Evidence<String>> fields) {
    long corroborating =
        FrontBackRule.CORROBORATING.stream().filter(f -> confident(fields, f)).count();
    return FrontBackRule.DECISIVE.stream().allMatch(f -> confident(fields, f))
        && corroborating >= FrontBackRule.CORROBORATING_NEEDED;
  }

  private static boolean confident(
      Map<FrontSide.Field, Evidence<String>> fields, FrontSide.Field f) {
    Evidence<String> e = fields.get(f);
    return e != null && e.confidence() >= FrontBackRule.CONFIDENT;
  }

  /** The model reads what OCR could not; OCR's confident values stay. */
  private Map<FrontSide.Field, Evidence<String>> askModel(
      BufferedImage image,
      Map<FrontSide.Field, Evidence<String>> ocr,
      List<Reason> problems,
      String application) {
    Optional<ModelFrontReader> reader = models.front();
    if (reader.isEmpty()) {
      problems.add(
          Reason.of(
              STEP_UNAVAILABLE,
              "front",
              "OCR could not read the licence front well enough and"
                  + " model-backed reading is "
                  + models.status()));
      return Map.of();
    }
    try {
      Map<FrontSide.Field, Evidence<String>> read =
          frontFields(reader.get().read(image, application));
      Map<FrontSide.Field, Evidence<String>> added = new EnumMap<>(FrontSide.Field.class);
      read.forEach(
          (field, value) -> {
            if (!confident(ocr, field)) {
              added.put(field, value);
            }
          });
      return added;
    } catch (ModelTryLaterException e) {
      problems.add(
          Reason.of(
              MODEL_STEP_DELAYED,
              "front",
              "The model vendor is unavailable; reading the licence"
                  + " front is retried later ("
                  + e.getMessage()
                  + ")."));
    } catch (ModelStepException e) {
      problems.add(
          Reason.of(
              STEP_UNAVAILABLE, "front", "Model-backed front reading is off: " + e.getMessage()));
    }
    return Map.of();
  }

  private static Map<FrontSide.Field, Evidence<String>> frontFields(FrontReading reading) {
    Map<FrontSide.Field, Evidence<String>> out = new EnumMap<>(FrontSide.Field.class);
    reading
        .fields()
        .forEach(
            (field, value) -> {
              FrontSide.Field mapped =
                  switch (field) {
                    case LICENSE_NUMBER -> FrontSide.Field.LICENSE_NUMBER;
                    case LAST_NAME -> FrontSide.Field.LAST_NAME;
                    case FIRST_NAME -> FrontSide.Field.FIRST_NAME;
                    case DATE_OF_BIRTH -> FrontSide.Field.DATE_OF_BIRTH;
                    case ISSUE_DATE -> FrontSide.Field.ISSUE_DATE;
                    case EXPIRATION_DATE -> FrontSide.Field.EXPIRATION_DATE;
                    case SEX -> FrontSide.Field.SEX;
                    case HEIGHT -> FrontSide.Field.HEIGHT;
                    case LICENSE_CLASS -> FrontSide.Field.LICENSE_CLASS;
                    default -> null;
                  };
              if (mapped != null) {
                out.put(mapped, value);
              }
            });
    return out;
  }

  static DriverLicence toLicence(AamvaLicence a) {
    return new DriverLicence(
        bar(a.jurisdiction().code()),
        bar(a.jurisdiction().country().name()),
        bar(a.iin()),
        bar(a.aamvaVersion()),
        bar(a.documentType()),
        bar(a.licenseNumber()),
        new DriverLicence.PersonName(
            bar(a.lastName()),
            bar(a.firstName()),
            a.middleName().map(AamvaLicenceReader::bar),
            a.suffix().map(AamvaLicenceReader::bar),
            a.lastNameTruncation() == Truncation.TRUNCATED,
            a.firstNameTruncation() == Truncation.TRUNCATED,
            a.middleNameTruncation() == Truncation.TRUNCATED),
        bar(a.dateOfBirth()),
        a.issueDate().map(AamvaLicenceReader::bar),
        bar(a.expirationDate()),
        bar(
            switch (a.sex()) {
              case MALE -> "M";
              case FEMALE -> "F";
              case NOT_SPECIFIED -> "X";
            }),
        a.height().map(h -> bar(h.inches())),
        bar(a.licenseClass()),
        bar(a.endorsements()),
        bar(a.restrictions()),
        bar(
            new DriverLicence.Address(
                a.address().street(),
                a.address().city(),
                a.address().state(),
                a.address().postalCode())),
        a.repairs());
  }

  /** Every DocumentException is built with a message (its constructors take one). */
  private static String message(DocumentException e) {
    return Objects.requireNonNull(e.getMessage());
  }

  private static <T> Evidence<T> bar(T value) {
    return Evidence.certain(value, Source.BARCODE);
  }
}
