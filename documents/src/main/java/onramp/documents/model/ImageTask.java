package onramp.documents.model;

import java.awt.image.BufferedImage;
import onramp.gateway.CallMetadata;
import onramp.gateway.Content;
import onramp.gateway.DataClass;
import onramp.gateway.Message;
import onramp.gateway.ModelRequest;
import onramp.gateway.OutputSchema;

/**
 * One kind of image-reading call: who is calling and why (for budget and audit), the fixed prompt
 * and the schema. A request carries the image, this prompt and schema, and nothing else: no
 * applicant data, so the model cannot echo what we expect to see. Documents are always {@link
 * DataClass#RESTRICTED}.
 */
record ImageTask(
    String tool,
    String purpose,
    String system,
    String instruction,
    OutputSchema schema,
    int maxTokens) {
  static final String TEAM = "onboarding";

  ModelRequest request(String model, String user, BufferedImage image) {
    return ModelRequest.builder(
            model, CallMetadata.of(TEAM, tool, user, DataClass.RESTRICTED, purpose))
        .system(system)
        .message(Message.user(ImagePayload.of(image), Content.text(instruction)))
        .output(schema)
        .maxTokens(maxTokens)
        .temperature(0)
        .build();
  }
}
