package onramp.gateway.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import onramp.gateway.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageFormatsTest {
  private static final Period MARCH = Period.month(YearMonth.of(2026, 3));
  private static final UsageTotals SOME =
      new UsageTotals(
          2, 1, 0, new Usage(1000, 500, 20000, 3000, 1000), new BigDecimal("0.067500000001"));

  private static UsageRow row(
      String day, Optional<String> key, Optional<String> hint, String team) {
    return new UsageRow(
        LocalDate.parse(day),
        List.of(
            new UsageRow.GroupValue(Dimension.KEY, key),
            new UsageRow.GroupValue(Dimension.TEAM, Optional.of(team))),
        hint,
        SOME);
  }

  private static final UsageReport BY_KEY_AND_TEAM =
      new UsageReport(
          UsageRequest.of(MARCH, Granularity.DAY, Dimension.KEY, Dimension.TEAM),
          List.of(
              row("2026-03-02", Optional.of("5f0c"), Optional.of("onr_AbCdEfGh"), "plain"),
              row("2026-03-02", Optional.empty(), Optional.empty(), "sales, \"west\"\nline two")));

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      quoteCharacter = '\'',
      value = {
        "plain|plain",
        "a,b|'\"a,b\"'",
        "say \"hi\"|'\"say \"\"hi\"\"\"'",
        "'two\nlines'|'\"two\nlines\"'",
        "'cr\rhere'|'\"cr\rhere\"'",
        "''|''"
      })
  void quotesAFieldOnlyWhenRfc4180AsksForIt(String value, String expected) {
    assertThat(UsageCsv.field(value)).isEqualTo(expected);
  }

  @Test
  void writesAHeaderRowAndOneCrlfLinePerRowWithUnformattedNumbersAndEveryDigitOfTheDollars() {
    String csv = UsageCsv.of(BY_KEY_AND_TEAM);

    assertThat(csv)
        .isEqualTo(
            "period,key,team,key_hint,calls,ok,refused,failed,input_tokens,output_tokens,"
                + "cache_read_tokens,cache_write_5m_tokens,cache_write_1h_tokens,cost_usd\r\n"
                + "2026-03-02,5f0c,plain,onr_AbCdEfGh,3,2,1,0,1000,500,20000,3000,1000,0.067500000001\r\n"
                + "2026-03-02,,\"sales, \"\"west\"\"\nline two\",,3,2,1,0,1000,500,20000,3000,1000,"
                + "0.067500000001\r\n");
  }

  @Test
  void anEmptyReportIsJustTheHeader() {
    String csv =
        UsageCsv.of(
            new UsageReport(UsageRequest.of(MARCH, Granularity.MONTH, Dimension.TOOL), List.of()));

    assertThat(csv)
        .isEqualTo(
            "period,tool,calls,ok,refused,failed,input_tokens,output_tokens,cache_read_tokens,"
                + "cache_write_5m_tokens,cache_write_1h_tokens,cost_usd\r\n");
  }

  @Test
  void writesJsonWithThePeriodTotalsAndRowsAndDollarsAsExactNumbers() throws Exception {
    String text = UsageJson.of(BY_KEY_AND_TEAM);
    JsonNode json = new ObjectMapper().readTree(text);

    assertThat(json.get("month").asText()).isEqualTo("2026-03");
    assertThat(json.get("firstDay").asText()).isEqualTo("2026-03-01");
    assertThat(json.get("lastDay").asText()).isEqualTo("2026-03-31");
    assertThat(json.get("by").toString()).isEqualTo("[\"key\",\"team\"]");
    assertThat(json.get("per").asText()).isEqualTo("day");
    assertThat(json.get("totals").get("calls").asLong()).isEqualTo(6);
    assertThat(text).contains("\"costUsd\":0.135000000002");
    JsonNode first = json.get("rows").get(0);
    assertThat(first.get("period").asText()).isEqualTo("2026-03-02");
    assertThat(first.get("key").asText()).isEqualTo("5f0c");
    assertThat(first.get("keyHint").asText()).isEqualTo("onr_AbCdEfGh");
    assertThat(first.get("cacheReadTokens").asLong()).isEqualTo(20000);
    assertThat(first.get("cacheWrite5mTokens").asLong()).isEqualTo(3000);
    assertThat(first.get("cacheWrite1hTokens").asLong()).isEqualTo(1000);
    assertThat(first.get("costUsd").decimalValue()).isEqualByComparingTo("0.067500000001");
    JsonNode inProcess = json.get("rows").get(1);
    assertThat(inProcess.get("key").isNull()).isTrue();
    assertThat(inProcess.get("team").asText()).isEqualTo("sales, \"west\"\nline two");
  }

  @Test
  void largeDollarAmountsAreWrittenPlainNeverInExponentForm() {
    UsageTotals big = new UsageTotals(1, 0, 0, Usage.NONE, new BigDecimal("1200.000000000000"));
    UsageReport report =
        new UsageReport(
            UsageRequest.of(MARCH, Granularity.MONTH),
            List.of(new UsageRow(LocalDate.parse("2026-03-01"), List.of(), Optional.empty(), big)));

    assertThat(UsageCsv.of(report)).endsWith(",1200\r\n");
    assertThat(UsageJson.of(report)).contains("\"costUsd\":1200");
  }

  @Test
  void aReportRollsUpOnlyToDimensionsAndBucketsItHolds() {
    UsageReport byTeamPerMonth =
        new UsageReport(UsageRequest.of(MARCH, Granularity.MONTH, Dimension.TEAM), List.of());

    assertThatThrownBy(() -> byTeamPerMonth.rollUp(List.of(Dimension.TOOL), Granularity.MONTH))
        .hasMessageContaining("cannot be rolled up");
    assertThatThrownBy(() -> byTeamPerMonth.rollUp(List.of(Dimension.TEAM), Granularity.DAY))
        .hasMessageContaining("cannot be rolled up");
  }

  @Test
  void rollingUpSumsExactlyAndKeepsTheKeysHint() {
    UsageReport perMonthByKey = BY_KEY_AND_TEAM.rollUp(List.of(Dimension.KEY), Granularity.MONTH);

    assertThat(perMonthByKey.rows())
        .extracting(
            r ->
                r.bucket()
                    + " "
                    + r.value(Dimension.KEY).orElse("none")
                    + " "
                    + r.keyHint().orElse("-"))
        .containsExactly("2026-03-01 5f0c onr_AbCdEfGh", "2026-03-01 none -");
    assertThat(perMonthByKey.totals()).isEqualTo(BY_KEY_AND_TEAM.totals());
    assertThat(BY_KEY_AND_TEAM.rollUp(List.of(), Granularity.MONTH).totals().costUsd())
        .isEqualByComparingTo("0.135000000002");
  }
}
