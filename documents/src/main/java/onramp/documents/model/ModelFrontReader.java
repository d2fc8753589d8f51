package onramp.documents.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.time.Clock;
import onramp.documents.front.FrontReading;
import onramp.gateway.ChatModel;
import onramp.gateway.ModelRequest;
import onramp.gateway.OutputSchema;

/**
 * Reads a licence front through a {@link ChatModel} (the governed gateway in production). Sends the
 * image and the schema, nothing else: no applicant data, so the model cannot echo what we expect.
 * The answer is checked like user input ({@link FrontAnswer}); the reading's fields carry {@code
 * Source.MODEL} and are evidence for the barcode cross-check, never a decision on their own.
 *
 * <p>{@link #read} throws {@link ModelTryLaterException} when the vendor is unavailable (reschedule
 * the job) and {@link ModelStepOffException} when policy, budget or configuration refuse the call
 * (send the application to a person).
 */
public final class ModelFrontReader {
  static final String TOOL = "licence-front-reader";

  static final ImageTask TASK =
      new ImageTask(
          TOOL,
          "driver onboarding: read licence front",
          """
          You read the front of a US driver's licence from an image. Report only what is printed \
          on the card. Give each value in the format the schema asks for. Set legible to false when \
          you cannot read every character of a value with certainty, and use null when the card \
          does not show the field. Never guess, complete or infer a value from other fields or \
          from what licences usually say. Answer only through the tool.""",
          "Read this licence front.",
          OutputSchema.of(
              "licence_front",
              "The fields printed on the front of a US driver's licence",
              FieldSchema.of(FrontAnswer.schemaFields())),
          1024);

  private final ChatModel model;
  private final String modelName;
  private final Clock clock;

  private ModelFrontReader(ChatModel model, String modelName, Clock clock) {
    if (modelName.isBlank()) {
      throw new IllegalArgumentException(
          "a model-backed reader needs a model name, e.g. claude-haiku-4-5");
    }
    this.model = model;
    this.modelName = modelName;
    this.clock = clock;
  }

  /**
   * @param modelName the gateway's model name (configuration maps it to a vendor), e.g. {@code
   *     claude-haiku-4-5}
   */
  public static ModelFrontReader of(ChatModel model, String modelName) {
    return new ModelFrontReader(model, modelName, Clock.systemUTC());
  }

  static ModelFrontReader of(ChatModel model, String modelName, Clock clock) {
    return new ModelFrontReader(model, modelName, clock);
  }

  public String modelName() {
    return modelName;
  }

  /** Reads a front for the command line (audited as user {@code cli}). */
  public FrontReading read(BufferedImage front) {
    return read(front, "cli");
  }

  /**
   * @param applicationId the application the card belongs to; recorded in the gateway's audit
   * @return the legible, valid fields; rawText is the model's typed answer as JSON (personal data:
   *     never log it)
   * @throws ModelTryLaterException when the vendor is unavailable now
   * @throws ModelStepOffException when policy, budget or configuration refuse the call
   */
  public FrontReading read(BufferedImage front, String applicationId) {
    long start = System.nanoTime();
    ModelRequest request = TASK.request(modelName, applicationId, front);
    JsonNode output = ModelCalls.typedOutput(model, request, clock);
    return new FrontReading(
        FrontAnswer.fields(output), output.toString(), (System.nanoTime() - start) / 1_000_000);
  }
}
