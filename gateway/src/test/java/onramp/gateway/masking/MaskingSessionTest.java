package onramp.gateway.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingSessionTest {
  private final PatternMasker masker = PatternMasker.standard();

  @Test
  void sameValueGetsSamePlaceholderInEveryTextOfTheSession() {
    MaskingSession session = masker.open(MaskingContext.none());

    String first = session.mask("SSN 536-22-8147, mail kim@example.net");
    String second = session.mask("again 536-22-8147, and 219-09-9999; mail kim@example.net");

    assertThat(first).isEqualTo("SSN [SSN_1], mail [EMAIL_1]");
    assertThat(second).isEqualTo("again [SSN_1], and [SSN_2]; mail [EMAIL_1]");
  }

  @Test
  void unmaskRestoresTheOriginalsInTheAnswer() {
    MaskingSession session = masker.open(MaskingContext.names("Kim Nguyen"));
    String text = "Kim Nguyen (kim@example.net, (312) 555-0187) paid with 4111 1111 1111 1111.";

    String masked = session.mask(text);
    String answer = "Dear [PERSON_1], we refunded card [CREDIT_CARD_1] and will call [PHONE_1].";

    assertThat(masked).isEqualTo("[PERSON_1] ([EMAIL_1], [PHONE_1]) paid with [CREDIT_CARD_1].");
    assertThat(session.unmask(masked)).isEqualTo(text);
    assertThat(session.unmask(answer))
        .isEqualTo(
            "Dear Kim Nguyen, we refunded card 4111 1111 1111 1111 and will call (312) 555-0187.");
  }

  @Test
  void unmaskAcceptsAPlaceholderWrittenWithoutBrackets() {
    MaskingSession session = masker.open(MaskingContext.none());
    session.mask("SSN 536-22-8147");

    assertThat(session.unmask("Your SSN_1 is on file.")).isEqualTo("Your 536-22-8147 is on file.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"[SSN_2] was never issued", "XSSN_1 is another word", "SSN_10 too", "[EMAIL_1]"})
  void unmaskLeavesPlaceholdersItDidNotIssue(String answer) {
    MaskingSession session = masker.open(MaskingContext.none());
    session.mask("SSN 536-22-8147");

    assertThat(session.unmask(answer)).isEqualTo(answer);
  }

  @Test
  void theMappingBelongsToOneSession() {
    MaskingSession one = masker.open(MaskingContext.none());
    MaskingSession two = masker.open(MaskingContext.none());

    one.mask("SSN 536-22-8147");
    String masked = two.mask("SSN 219-09-9999");

    assertThat(masked).isEqualTo("SSN [SSN_1]");
    assertThat(two.unmask("[SSN_1]")).isEqualTo("219-09-9999");
    assertThat(one.unmask("[SSN_1]")).isEqualTo("536-22-8147");
  }

  @Test
  void countsAndEntitiesDescribeWhatWasMaskedWithoutValues() {
    MaskingSession session = masker.open(MaskingContext.none());

    session.mask("SSN 536-22-8147 and kim@example.net");
    session.mask("again 536-22-8147");

    assertThat(session.counts()).isEqualTo(Map.of(EntityType.SSN, 2, EntityType.EMAIL, 1));
    assertThat(session.entities())
        .extracting(DetectedEntity::type, DetectedEntity::start, DetectedEntity::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EntityType.SSN, 4, 15),
            org.assertj.core.groups.Tuple.tuple(EntityType.EMAIL, 20, 35),
            org.assertj.core.groups.Tuple.tuple(EntityType.SSN, 6, 17));
  }

  @Test
  void textWithoutPersonalDataComesBackUnchanged() {
    MaskingSession session = masker.open(MaskingContext.none());
    String text = "Order 48392017: $23.50 on 2024-03-05 at 10:30, app 2.14.3.";

    assertThat(session.mask(text)).isSameAs(text);
    assertThat(session.unmask(text)).isSameAs(text);
    assertThat(session.counts()).isEmpty();
  }

  @Test
  void detectReturnsSortedNonOverlappingEntities() {
    List<DetectedEntity> found =
        masker.detect(
            "kim@example.net, 536-22-8147, https://x.example.com/reset?email=lee@example.org",
            MaskingContext.none());

    assertThat(found)
        .extracting(DetectedEntity::type)
        .containsExactly(EntityType.EMAIL, EntityType.SSN, EntityType.EMAIL);
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
    }
  }

  @Test
  void contextWordsDoNotReachIntoTheNextSentence() {
    String text = "DOB: 03/14/1988. Trip on 03/15/2024 was late.";

    assertThat(masker.open(MaskingContext.none()).mask(text))
        .isEqualTo("DOB: [DATE_OF_BIRTH_1]. Trip on 03/15/2024 was late.");
  }

  @Test
  void oneMaskerServesManyThreadsWithTheirOwnNames() throws Exception {
    List<String> names = List.of("Kim Nguyen", "Luis Ortega", "Priya Raman", "Ana Lima");
    String text = "Kim Nguyen, Luis Ortega, Priya Raman and Ana Lima shared trip 4471920.";
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String name = names.get(i % names.size());
        results.add(pool.submit(() -> masker.open(MaskingContext.names(name)).mask(text)));
      }
      for (int i = 0; i < results.size(); i++) {
        String name = names.get(i % names.size());
        assertThat(results.get(i).get()).isEqualTo(text.replace(name, "[PERSON_1]"));
      }
    }
  }
}
