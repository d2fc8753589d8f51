package onramp.workspace.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageCsvTest {
  private static List<Map<String, String>> parseCsv(String csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll();
    }
  }

  private static final DateRange RANGE = DateRange.parse("2026-03-02", "2026-03-15");

  private static UsageTotals totals(long runs, String dollars) {
    return new UsageTotals(runs, 1, 2, 0, 1_000, 200, 5_000, 300, new BigDecimal(dollars));
  }

  @Test
  void writesAHeaderThenOneCrlfLineARowWithEveryDigitOfTheDollars() {
    UsageRequest request = UsageRequest.of(RANGE, Grouping.TEAM, Bucket.WEEK);
    List<UsageRow> rows =
        List.of(
            new UsageRow(
                Optional.of(LocalDate.parse("2026-03-02")),
                Optional.of("support"),
                Optional.empty(),
                totals(3, "0.000001")),
            new UsageRow(
                Optional.of(LocalDate.parse("2026-03-09")),
                Optional.of("finance"),
                Optional.empty(),
                totals(1, "12345678.123456")));

    assertThat(UsageCsv.of(request, rows))
        .isEqualTo(
            "week,week_start,team,runs,active_users,customer_runs,restricted_runs,input_tokens,"
                + "output_tokens,cache_read_tokens,cache_write_tokens,cost_usd\r\n"
                + "2026-W10,2026-03-02,support,3,1,2,0,1000,200,5000,300,0.000001\r\n"
                + "2026-W11,2026-03-09,finance,1,1,2,0,1000,200,5000,300,12345678.123456\r\n");
  }

  @Test
  void quotesCommasQuotesAndLineBreaksSoAParserReadsThemBack() throws IOException {
    UsageRequest request = UsageRequest.of(RANGE, Grouping.USER, Bucket.TOTAL);
    List<UsageRow> rows =
        List.of(
            new UsageRow(
                Optional.empty(),
                Optional.of("ana"),
                Optional.of("Example, \"Ana\"\nJr"),
                totals(2, "1.5")),
            new UsageRow(Optional.empty(), Optional.of("ben"), Optional.empty(), totals(1, "0")));

    String csv = UsageCsv.of(request, rows);
    List<Map<String, String>> records = parseCsv(csv);

    assertThat(csv).contains("ana,\"Example, \"\"Ana\"\"\nJr\",2,");
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("display_name")).isEqualTo("Example, \"Ana\"\nJr");
    assertThat(records.get(0).get("from")).isEqualTo("2026-03-02");
    assertThat(records.get(0).get("to")).isEqualTo("2026-03-15");
    assertThat(records.get(1).get("display_name")).isEmpty();
    assertThat(records.get(1).get("cost_usd")).isEqualTo("0");
  }

  @Test
  void aRunWithoutATemplateHasAnEmptyTemplateField() {
    UsageRequest request = UsageRequest.of(RANGE, Grouping.TEMPLATE, Bucket.DAY);
    List<UsageRow> rows =
        List.of(
            new UsageRow(
                Optional.of(LocalDate.parse("2026-03-04")),
                Optional.empty(),
                Optional.empty(),
                totals(1, "0.5")));

    assertThat(UsageCsv.of(request, rows).lines().toList())
        .containsExactly(
            "day,template,runs,active_users,customer_runs,restricted_runs,input_tokens,output_tokens,cache_read_tokens,cache_write_tokens,cost_usd",
            "2026-03-04,,1,1,2,0,1000,200,5000,300,0.5");
  }
}
