package onramp.workspace.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.Usage;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.masking.EntityType;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compliance export over audit records the gateway's own audit log wrote, and admin events as
 * the app hands them over: 2 March 2026, with records just outside on both sides.
 */
class AuditExportIT {
  private static List<Map<String, String>> parseCsv(String csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll();
    }
  }

  private static final DateRange DAY = DateRange.parse("2026-03-02", "2026-03-02");
  private static final String SECRET = "Ana Example, 555-0100, rider complaint about trip 81";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestDatabase database;
  private static HikariDataSource pool;
  private static AuditExport export;

  @BeforeAll
  static void trail() throws Exception {
    database = new TestDatabase("workspace", "classpath:db/gateway", "classpath:db/workspace");
    pool = database.pool(2);
    PostgresAuditLog audit = PostgresAuditLog.create(pool);
    audit.append(call("2026-03-01T23:59:59Z", "workspace", DataClass.INTERNAL, Optional.empty()));
    audit.append(
        call(
            "2026-03-02T08:00:00Z",
            "workspace",
            DataClass.INTERNAL,
            Optional.of("Summarise, \"briefly\"")));
    audit.append(
        call("2026-03-02T09:00:00Z", "licence-reader", DataClass.RESTRICTED, Optional.empty()));
    audit.append(call("2026-03-02T12:00:00Z", "workspace", DataClass.CUSTOMER, Optional.empty()));
    audit.append(call("2026-03-03T00:00:00Z", "workspace", DataClass.INTERNAL, Optional.empty()));
    // A gateway that kept CUSTOMER text by mistake (the gateway refuses to; defence in depth).
    new SyntheticWorkspaceUsage(pool)
        .update(
            "INSERT INTO gateway_audit (call_id, at, user_id, team, tool, purpose, data_class, model,"
                + " latency_ms, attempts, outcome, prompt) VALUES (?, '2026-03-02T18:00:00Z', 'ana',"
                + " 'support', 'workspace', 'workspace run', 'CUSTOMER', 'claude-sonnet-4-5', 5, 1,"
                + " 'OK', ?)",
            UUID.randomUUID(),
            SECRET);
    List<AuditEntry.AdminEvent> events =
        List.of(
            event(
                "2026-03-02T10:00:00Z",
                AuditActions.RETENTION_CHANGED,
                "workspace:retention:CUSTOMER",
                Map.of("before", 30, "after", 14)),
            event(
                "2026-03-02T07:00:00Z",
                AuditActions.TOKEN_ISSUED,
                "workspace:employee:ana",
                Map.of("tokenId", "t-1")),
            event(
                "2026-03-02T23:00:00Z",
                AuditActions.EMPLOYEE_DELETED,
                "workspace:employee:ben",
                Map.of("runs", 3)),
            event(
                "2026-03-03T00:00:00Z",
                AuditActions.EMPLOYEE_DELETED,
                "workspace:employee:cy",
                Map.of()));
    export =
        AuditExport.create(
            pool,
            (start, end) ->
                events.stream()
                    .filter(e -> !e.at().isBefore(start) && e.at().isBefore(end))
                    .toList());
  }

  @AfterAll
  static void drop() throws Exception {
    pool.close();
    database.close();
  }

  private static AuditRecord call(
      String at, String tool, DataClass dataClass, Optional<String> prompt) {
    return new AuditRecord(
        UUID.randomUUID(),
        Instant.parse(at),
        CallMetadata.of("support", tool, "ana", dataClass, "workspace run"),
        Optional.of("bedrock"),
        "claude-sonnet-4-5",
        new Usage(1_000, 200, 5_000, 300, 100),
        new BigDecimal("0.012345678901"),
        Duration.ofMillis(850),
        1,
        Outcome.OK,
        Optional.empty(),
        Optional.of("req-1"),
        dataClass == DataClass.CUSTOMER
            ? Map.of(EntityType.PERSON, 2, EntityType.PHONE, 1)
            : Map.of(),
        prompt);
  }

  private static AuditEntry.AdminEvent event(
      String at, String action, String subject, Map<String, Object> details) {
    return new AuditEntry.AdminEvent(Instant.parse(at), "alex", action, subject, details);
  }

  private static String write(AuditFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(DAY, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvHoldsTheWorkspacesCallsAndAdminEventsOfTheRangeInTimeOrder() throws Exception {
    String csv = write(AuditFormat.CSV);
    List<Map<String, String>> records = parseCsv(csv);

    assertThat(csv).startsWith("at,kind,user,team,tool,purpose,data_class,vendor,model,outcome,");
    assertThat(records)
        .extracting(
            r -> r.get("at") + " " + r.get("kind") + " " + r.get("data_class") + r.get("action"))
        .containsExactly(
            "2026-03-02T07:00:00Z admin_event workspace.token.issued",
            "2026-03-02T08:00:00Z model_call INTERNAL",
            "2026-03-02T10:00:00Z admin_event workspace.retention.changed",
            "2026-03-02T12:00:00Z model_call CUSTOMER",
            "2026-03-02T18:00:00Z model_call CUSTOMER",
            "2026-03-02T23:00:00Z admin_event workspace.employee.deleted");
    Map<String, String> internal = records.get(1);
    assertThat(internal.get("prompt")).isEqualTo("Summarise, \"briefly\"");
    assertThat(internal.get("cost_usd")).isEqualTo("0.012345678901");
    assertThat(internal.get("cache_write_1h_tokens")).isEqualTo("100");
    assertThat(internal.get("tool")).isEqualTo("workspace");
    assertThat(records.get(3).get("masked_entities")).contains("\"PERSON\":2");
    assertThat(records.get(2).get("actor")).isEqualTo("alex");
    assertThat(JSON.readTree(records.get(2).get("details")).get("after").asInt()).isEqualTo(14);
    assertThat(csv).doesNotContain(SECRET, "licence-reader");
  }

  @Test
  void jsonLinesHoldOneObjectPerLineWithExactDollarsAndNoCustomerText() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : write(AuditFormat.JSONL).split("\n", -1)) {
      if (!line.isEmpty()) {
        lines.add(JSON.readTree(line));
      }
    }

    assertThat(lines)
        .extracting(l -> l.get("kind").asText())
        .containsExactly(
            "admin_event", "model_call", "admin_event", "model_call", "model_call", "admin_event");
    JsonNode internal = lines.get(1);
    assertThat(internal.get("costUsd").decimalValue()).isEqualTo(new BigDecimal("0.012345678901"));
    assertThat(internal.get("costUsd").toString()).isEqualTo("0.012345678901");
    assertThat(internal.get("prompt").asText()).isEqualTo("Summarise, \"briefly\"");
    assertThat(internal.get("vendorRequestId").asText()).isEqualTo("req-1");
    assertThat(internal.get("keyId").isNull()).isTrue();
    assertThat(lines.get(3).get("maskedEntities").get("PHONE").asInt()).isEqualTo(1);
    assertThat(lines.get(3).has("prompt")).isFalse();
    assertThat(lines.get(4).has("prompt")).isFalse();
    assertThat(lines.get(5).get("details").get("runs").asInt()).isEqualTo(3);
    assertThat(lines.getFirst().get("at").asText()).isEqualTo("2026-03-02T07:00:00Z");
  }

  @Test
  void aRangeWithoutRecordsGivesTheHeaderOnly() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long lines = export.write(DateRange.parse("2025-01-01", "2025-01-31"), AuditFormat.CSV, out);

    assertThat(lines).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
  }
}
