package onramp.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import onramp.gateway.masking.MaskingContext;

/**
 * What a caller asks of a model. {@code model} is the gateway's model name (for example {@code
 * claude-sonnet-4-5}); configuration maps it to a vendor and the vendor's model id, so callers
 * never name a vendor.
 *
 * @param masking names of the people the text is about, so the masker can hide them too
 */
public record ModelRequest(
    String model,
    Optional<String> system,
    List<Message> messages,
    Optional<OutputSchema> output,
    int maxTokens,
    Optional<Double> temperature,
    CallMetadata metadata,
    MaskingContext masking) {

  public ModelRequest {
    messages = List.copyOf(messages);
    if (model.isBlank()) {
      throw new IllegalArgumentException("a request needs a model name");
    }
    if (messages.isEmpty() || messages.get(0).role() != Role.USER) {
      throw new IllegalArgumentException("a request needs messages, starting with a user message");
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
    }
    temperature.ifPresent(
        t -> {
          if (t < 0 || t > 1) {
            throw new IllegalArgumentException("temperature must be in 0..1, was " + t);
          }
        });
  }

  public static Builder builder(String model, CallMetadata metadata) {
    return new Builder(model, metadata);
  }

  /** A copy with every text (system and message text blocks) rewritten. */
  public ModelRequest mapText(UnaryOperator<String> f) {
    return new ModelRequest(
        model,
        system.map(f),
        messages.stream().map(m -> m.mapText(f)).toList(),
        output,
        maxTokens,
        temperature,
        metadata,
        masking);
  }

  public ModelRequest withModel(String vendorModel) {
    return new ModelRequest(
        vendorModel, system, messages, output, maxTokens, temperature, metadata, masking);
  }

  /** Builds a request; only model, metadata, one message and maxTokens are required. */
  public static final class Builder {
    private final String model;
    private final CallMetadata metadata;
    private final List<Message> messages = new ArrayList<>();
    private Optional<String> system = Optional.empty();
    private Optional<OutputSchema> output = Optional.empty();
    private int maxTokens = 1024;
    private Optional<Double> temperature = Optional.empty();
    private MaskingContext masking = MaskingContext.none();

    private Builder(String model, CallMetadata metadata) {
      this.model = model;
      this.metadata = metadata;
    }

    public Builder system(String text) {
      this.system = Optional.of(text);
      return this;
    }

    public Builder message(Message message) {
      messages.add(message);
      return this;
    }

    public Builder user(String text) {
      return message(Message.user(text));
    }

    public Builder output(OutputSchema schema) {
      this.output = Optional.of(schema);
      return this;
    }

    public Builder maxTokens(int maxTokens) {
      this.maxTokens = maxTokens;
      return this;
    }

    public Builder temperature(double temperature) {
      this.temperature = Optional.of(temperature);
      return this;
    }

    public Builder masking(MaskingContext masking) {
      this.masking = masking;
      return this;
    }

    public ModelRequest build() {
      return new ModelRequest(
          model, system, messages, output, maxTokens, temperature, metadata, masking);
    }
  }
}
