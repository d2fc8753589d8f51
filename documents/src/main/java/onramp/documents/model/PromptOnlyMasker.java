package onramp.documents.model;

import java.util.List;
import java.util.Map;
import onramp.gateway.masking.DetectedEntity;
import onramp.gateway.masking.EntityType;
import onramp.gateway.masking.MaskingContext;
import onramp.gateway.masking.MaskingSession;
import onramp.gateway.masking.PersonalDataMasker;

/**
 * STOPGAP until {@code onramp.gateway.masking.PatternMasker} is on main (see {@link
 * ModelReaders#masker()}). Masks nothing: correct only because the gateway {@link ModelReaders}
 * builds carries nothing but this package's fixed prompts (images are never masked), no applicant
 * text. Never use it for a gateway that carries other text.
 */
final class PromptOnlyMasker implements PersonalDataMasker {
  @Override
  public List<DetectedEntity> detect(String text, MaskingContext context) {
    return List.of();
  }

  @Override
  public MaskingSession open(MaskingContext context) {
    return new MaskingSession() {
      @Override
      public String mask(String text) {
        return text;
      }

      @Override
      public String unmask(String text) {
        return text;
      }

      @Override
      public List<DetectedEntity> entities() {
        return List.of();
      }

      @Override
      public Map<EntityType, Integer> counts() {
        return Map.of();
      }
    };
  }
}
