package onramp.documents.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import onramp.documents.Source;
import onramp.documents.i9.FieldReading;
import onramp.documents.i9.I9Field;
import onramp.documents.i9.I9PageReader;
import onramp.gateway.ChatModel;
import onramp.gateway.OutputSchema;

/**
 * Reads a scanned Form I-9 page through a {@link ChatModel}: the page image and a schema with the
 * page's fields (Section 1 and Section 2 on page 1, Supplement A on page 3, Supplement B on page 4)
 * in, {@link FieldReading}s out, checked by {@link I9Answer}. Plug it into {@code
 * I9Reader.with(reader)}; the form's fields then carry {@link Source#MODEL}. Page 1's answer also
 * holds the printed footer, so {@link #footer} of the same image costs no second call.
 *
 * <p>Throws {@link ModelTryLaterException} / {@link ModelStepOffException} like {@link
 * ModelFrontReader}; they pass through {@code I9Reader} unchanged.
 */
public final class ModelI9PageReader implements I9PageReader {
  static final String TOOL = "i9-page-reader";
  private static final String PURPOSE = "driver onboarding: read scanned Form I-9";
  private static final String SYSTEM =
      """
      You transcribe one page of a scanned US Form I-9 (edition 01/20/25). For each field in the \
      schema give exactly what is written or typed in that box: do not correct, reformat or \
      complete it, and do not copy a value from another box. Use null for an empty box, N/A where \
      the person wrote N/A, and legible=false when you cannot read every character with certainty. \
      For a checkbox, value is true only if it is visibly marked. Answer only through the tool.""";

  private final ChatModel model;
  private final String modelName;
  private final String user;
  private final Clock clock;
  private final Map<BufferedImage, String> footers =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ModelI9PageReader(ChatModel model, String modelName, String user, Clock clock) {
    if (modelName.isBlank()) {
      throw new IllegalArgumentException(
          "a model-backed reader needs a model name, e.g. claude-haiku-4-5");
    }
    this.model = model;
    this.modelName = modelName;
    this.user = user;
    this.clock = clock;
  }

  /** A reader whose calls are audited as user {@code cli}; see {@link #forApplication}. */
  public static ModelI9PageReader of(ChatModel model, String modelName) {
    return new ModelI9PageReader(model, modelName, "cli", Clock.systemUTC());
  }

  static ModelI9PageReader of(ChatModel model, String modelName, Clock clock) {
    return new ModelI9PageReader(model, modelName, "cli", clock);
  }

  /** The same reader, with its calls attributed to {@code applicationId} in the gateway's audit. */
  public ModelI9PageReader forApplication(String applicationId) {
    return new ModelI9PageReader(model, modelName, applicationId, clock);
  }

  public String modelName() {
    return modelName;
  }

  @Override
  public Source source() {
    return Source.MODEL;
  }

  /**
   * @throws ModelTryLaterException when the vendor is unavailable now
   * @throws ModelStepOffException when policy, budget or configuration refuse the call
   */
  @Override
  public Map<I9Field, FieldReading> read(BufferedImage page, int pageNumber) {
    if (!TASKS.containsKey(pageNumber)) {
      return Map.of(); // page 2 lists the acceptable documents; nothing is filled in there
    }
    JsonNode output =
        ModelCalls.typedOutput(model, TASKS.get(pageNumber).request(modelName, user, page), clock);
    if (pageNumber == 1) {
      footers.put(page, I9Answer.footer(output).orElse(""));
    }
    return I9Answer.fields(output, pageNumber);
  }

  /**
   * The footer from page 1's answer; one call for the footer alone if that page was not read here.
   */
  @Override
  public String footer(BufferedImage page1) {
    String known = footers.get(page1);
    if (known != null) {
      return known;
    }
    read(page1, 1);
    return footers.getOrDefault(page1, "");
  }

  private static final Map<Integer, ImageTask> TASKS = Map.of(1, task(1), 3, task(3), 4, task(4));

  private static ImageTask task(int page) {
    return new ImageTask(
        TOOL,
        PURPOSE,
        SYSTEM,
        "Transcribe the fields of this Form I-9 page " + page + ".",
        OutputSchema.of(
            "i9_page_" + page,
            "The fields of page " + page + " of Form I-9, as written",
            FieldSchema.of(I9Answer.schemaFields(page))),
        4096);
  }
}
