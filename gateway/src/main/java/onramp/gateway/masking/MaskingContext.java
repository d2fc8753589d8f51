package onramp.gateway.masking;

import java.util.List;

/**
 * What the caller knows about the request that a pattern cannot find by itself: the names of the
 * people the text is about (names are masked only where given as context).
 */
public record MaskingContext(List<String> knownNames) {
  public MaskingContext {
    knownNames = List.copyOf(knownNames);
  }

  public static MaskingContext none() {
    return new MaskingContext(List.of());
  }

  public static MaskingContext names(String... names) {
    return new MaskingContext(List.of(names));
  }
}
