package onramp.devtools.dx;

import java.time.Instant;

/**
 * One anonymous answer to the three-question survey, each 1 (much worse) to 5 (much better): how
 * the assistant changed the speed of your work, its quality, and how satisfied you are with it.
 */
public record SurveyResponse(
    String team, int wave, Instant submittedAt, int speed, int quality, int satisfaction) {
  public SurveyResponse {
    if (team.isBlank()) {
      throw new DxException("a survey answer needs a team");
    }
    check("speed", speed);
    check("quality", quality);
    check("satisfaction", satisfaction);
  }

  private static void check(String question, int answer) {
    if (answer < 1 || answer > 5) {
      throw new DxException(question + " must be 1 to 5; " + answer + " given");
    }
  }
}
