package onramp.devtools.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.context.ReviewContext;
import onramp.gateway.CallMetadata;
import onramp.gateway.ChatModel;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayException;
import onramp.gateway.InvalidOutputException;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.VendorException;

/**
 * Asks the model for findings on a diff: the prompt carries the changed lines with numbers, their
 * context and the type checker's and linter's findings (so they are not repeated); the answer is
 * typed output against {@link FindingsSchema}, then each finding is validated ({@link
 * FindingValidator}). Whatever the model or the gateway does, {@link #review} returns: a wrong
 * answer or a refusal is a note, not an exception.
 */
public final class ModelReviewer {
  /** The tool name budgets and audit know the assistant by. */
  public static final String TOOL = "ts-assistant";

  static final int MAX_ANSWER_TOKENS = 8192;

  private final ChatModel model;
  private final String modelName;
  private final CallMetadata metadata;

  private ModelReviewer(ChatModel model, String modelName, CallMetadata metadata) {
    this.model = model;
    this.modelName = modelName;
    this.metadata = metadata;
  }

  /**
   * @param modelName the gateway's model name, e.g. {@code claude-sonnet-4-5}
   * @param user who runs the review (the service attributes the call to the virtual key's team and
   *     tool; this is for an in-process gateway)
   */
  public static ModelReviewer of(ChatModel model, String modelName, String team, String user) {
    return new ModelReviewer(
        model,
        modelName,
        CallMetadata.of(
            team, TOOL, user, DataClass.INTERNAL, "code review of a TypeScript change"));
  }

  /**
   * @param facts the tsc and ESLint findings on the changed lines, told to the model as known
   */
  public ModelReview review(Path repo, Diff diff, ReviewContext context, List<Finding> facts) {
    if (diff.files().isEmpty()) {
      return new ModelReview(
          true,
          List.of(),
          List.of(),
          List.of("no TypeScript changes: the model was not asked"),
          Optional.empty());
    }
    ModelRequest request =
        ModelRequest.builder(modelName, metadata)
            .system(ReviewPrompt.SYSTEM)
            .user(ReviewPrompt.user(diff, context, facts))
            .output(FindingsSchema.SCHEMA)
            .maxTokens(MAX_ANSWER_TOKENS)
            .temperature(0)
            .build();
    ModelResponse response;
    try {
      response = model.call(request);
    } catch (InvalidOutputException e) {
      return failed(
          "the model's answer was not the findings JSON the review asked for ("
              + String.join("; ", e.violations().stream().limit(5).toList())
              + "); no model findings this run");
    } catch (VendorException e) {
      return failed(vendorNote(e));
    } catch (GatewayException e) {
      return failed("the gateway refused the model call: " + e.getMessage());
    } catch (RuntimeException e) {
      return failed(
          "the model's answer could not be read ("
              + Optional.ofNullable(e.getMessage()).orElse("no detail")
              + "); no model findings this run");
    }
    JsonNode output = response.output().orElseThrow(); // checked against the schema by the port
    FindingValidator.Checked checked =
        new FindingValidator(repo.toAbsolutePath().normalize(), diff)
            .check(output.path("findings"));
    List<String> notes = new ArrayList<>();
    if (!checked.dropped().isEmpty()) {
      notes.add(
          checked.dropped().size()
              + " model finding(s) dropped: "
              + new ModelReview(true, List.of(), checked.dropped(), List.of(), Optional.empty())
                  .droppedByReason());
    }
    return new ModelReview(
        true, checked.kept(), checked.dropped(), notes, Optional.of(response.usage()));
  }

  private static ModelReview failed(String note) {
    return new ModelReview(true, List.of(), List.of(), List.of(note), Optional.empty());
  }

  private static String vendorNote(VendorException e) {
    return switch (e.kind()) {
      case UNAUTHORIZED ->
          "the gateway service refused the virtual key in "
              + ModelConnection.KEY_ENV
              + " (expired, revoked or mistyped); ask for a new one. Findings from tsc and"
              + " ESLint only";
      case RATE_LIMITED, OVERLOADED, TIMEOUT, NETWORK, SERVER_ERROR ->
          "the model could not be reached through the gateway ("
              + e.getMessage()
              + "); try again later. Findings from tsc and ESLint only";
      case MALFORMED_RESPONSE ->
          "the answer that came back was not a model response ("
              + e.getMessage()
              + "); no model findings this run";
      default ->
          "the gateway refused the request ("
              + e.getMessage()
              + "). Findings from tsc and ESLint only";
    };
  }
}
