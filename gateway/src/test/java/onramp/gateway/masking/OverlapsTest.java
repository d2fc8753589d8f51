package onramp.gateway.masking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverlapsTest {

  @Test
  void higherScoreWinsAnOverlap() {
    Found found = new Found(0.4);
    found.add(EntityType.URL, 0, 40, 0.5);
    found.add(EntityType.EMAIL, 20, 35, 0.9);

    assertThat(found.resolved()).containsExactly(new DetectedEntity(EntityType.EMAIL, 20, 35, 0.9));
  }

  @Test
  void atEqualScoreTheLongerSpanWins() {
    Found found = new Found(0.4);
    found.add(EntityType.IP_ADDRESS, 7, 16, 0.65);
    found.add(EntityType.IP_ADDRESS, 0, 16, 0.65);
    found.add(EntityType.PHONE, 20, 30, 0.6);

    assertThat(found.resolved())
        .containsExactly(
            new DetectedEntity(EntityType.IP_ADDRESS, 0, 16, 0.65),
            new DetectedEntity(EntityType.PHONE, 20, 30, 0.6));
  }

  @Test
  void candidatesUnderTheThresholdNeitherMaskNorBlock() {
    Found found = new Found(0.4);
    found.add(EntityType.SSN, 0, 9, 0.3);
    found.add(EntityType.BANK_ACCOUNT, 0, 9, 0.6);

    assertThat(found.resolved())
        .containsExactly(new DetectedEntity(EntityType.BANK_ACCOUNT, 0, 9, 0.6));
  }

  @Test
  void anEmailInsideAUrlIsMaskedAsAnEmail() {
    String text = "https://x.example.com/reset?email=lee@example.org";

    var found = PatternMasker.standard().detect(text, MaskingContext.none());

    assertThat(found).extracting(DetectedEntity::type).containsExactly(EntityType.EMAIL);
  }
}
