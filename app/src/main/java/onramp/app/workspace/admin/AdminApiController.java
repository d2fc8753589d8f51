package onramp.app.workspace.admin;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import onramp.gateway.DataClass;
import onramp.workspace.usage.AuditExport;
import onramp.workspace.usage.AuditFormat;
import onramp.workspace.usage.Bucket;
import onramp.workspace.usage.DateRange;
import onramp.workspace.usage.DeletedEmployee;
import onramp.workspace.usage.Grouping;
import onramp.workspace.usage.Retention;
import onramp.workspace.usage.RetentionSettings;
import onramp.workspace.usage.UsageCsv;
import onramp.workspace.usage.UsageRequest;
import onramp.workspace.usage.UsageRow;
import onramp.workspace.usage.WorkspaceUsage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The workspace's admin API (role ADMIN): usage by team, template, user or model as JSON or CSV,
 * the compliance audit export, retention per data class, deleting an employee.
 */
@RestController
class AdminApiController {
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private final WorkspaceUsage usage;
  private final RetentionSettings retention;
  private final AuditExport audit;
  private final AdminActions actions;
  private final Clock clock;

  AdminApiController(
      WorkspaceUsage usage,
      RetentionSettings retention,
      AuditExport audit,
      AdminActions actions,
      Clock clock) {
    this.usage = usage;
    this.retention = retention;
    this.audit = audit;
    this.actions = actions;
    this.clock = clock;
  }

  /**
   * {@code ?by=team|template|user|model&from&to[&per=total|week|day][&format=json|csv]}; default by
   * team, the last 12 weeks, the whole range, JSON.
   */
  @GetMapping("/api/workspace/admin/usage")
  ResponseEntity<?> usage(
      @RequestParam(defaultValue = "team") String by,
      @RequestParam Optional<String> from,
      @RequestParam Optional<String> to,
      @RequestParam(defaultValue = "total") String per,
      @RequestParam(defaultValue = "json") String format) {
    UsageRequest request =
        UsageRequest.of(Ranges.of(from, to, clock), Grouping.parse(by), Bucket.parse(per));
    boolean csv = csv(format);
    List<UsageRow> rows = usage.report(request);
    if (csv) {
      return ResponseEntity.ok()
          .contentType(CSV)
          .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName(request)))
          .body(UsageCsv.of(request, rows));
    }
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("from", request.range().first().toString());
    body.put("to", request.range().last().toString());
    body.put("by", request.by().orElseThrow().label());
    body.put("per", request.per().label());
    body.put("rows", UsageJson.rows(request, rows));
    body.put("totals", UsageJson.totals(usage.totals(request.range(), Optional.empty())));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** {@code ?from&to&format=csv|jsonl}: streamed, ordered by time; the export itself is audited. */
  @GetMapping("/api/workspace/admin/audit")
  ResponseEntity<StreamingResponseBody> audit(
      Principal admin,
      @RequestParam Optional<String> from,
      @RequestParam Optional<String> to,
      @RequestParam(defaultValue = "csv") String format) {
    DateRange range = Ranges.of(from, to, clock);
    AuditFormat f = AuditFormat.parse(format);
    actions.exported(
        admin.getName(), range.first().toString(), range.last().toString(), f.extension());
    String name = "workspace-audit-" + range.first() + "-to-" + range.last() + "." + f.extension();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.mediaType() + ";charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
        .body(out -> audit.write(range, f, out));
  }

  @GetMapping("/api/workspace/admin/retention")
  Map<String, Object> retention() {
    return retentionJson(retention.all());
  }

  /** The item of a PUT: a data class and its days ({@code null}: keep until deleted). */
  record RetentionItem(@Nullable String dataClass, @Nullable Integer days) {}

  /** {@code {"retention":[{"dataClass":"CUSTOMER","days":30}]}}; classes not named stay. */
  record RetentionBody(@Nullable List<RetentionItem> retention) {}

  @PutMapping("/api/workspace/admin/retention")
  Map<String, Object> setRetention(Principal admin, @RequestBody RetentionBody body) {
    actions.setRetention(days(body), admin.getName());
    return retentionJson(retention.all());
  }

  @DeleteMapping("/api/workspace/admin/employees/{username}")
  Map<String, Object> deleteEmployee(Principal admin, @PathVariable String username) {
    DeletedEmployee d = actions.deleteEmployee(username, admin.getName());
    Map<String, Object> deleted = new LinkedHashMap<>();
    deleted.put("username", d.username());
    deleted.put("team", d.team());
    deleted.put("conversations", d.conversations());
    deleted.put("runs", d.runs());
    deleted.put("attachments", d.attachments());
    deleted.put("tokens", d.tokens());
    return Map.of("deleted", deleted);
  }

  static Map<String, Object> retentionJson(List<Retention> all) {
    List<Map<String, @Nullable Object>> items =
        all.stream()
            .map(
                r -> {
                  Map<String, @Nullable Object> m = new LinkedHashMap<>();
                  m.put("dataClass", r.dataClass().name());
                  m.put("days", r.days().orElse(null));
                  m.put("updatedBy", r.updatedBy());
                  m.put("updatedAt", r.updatedAt().toString());
                  return m;
                })
            .toList();
    return Map.of("retention", items);
  }

  private static Map<DataClass, Optional<Integer>> days(RetentionBody body) {
    List<RetentionItem> items = body.retention();
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException(
          "name at least one data class: {\"retention\":[{\"dataClass\":\"CUSTOMER\",\"days\":30}]}"
              + " (days null keeps conversations until deleted)");
    }
    Map<DataClass, Optional<Integer>> out = new LinkedHashMap<>();
    for (RetentionItem item : items) {
      DataClass dataClass = dataClass(item.dataClass());
      if (out.put(dataClass, Optional.ofNullable(item.days())) != null) {
        throw new IllegalArgumentException(dataClass + " is named twice; name each class once");
      }
    }
    return out;
  }

  static DataClass dataClass(@Nullable String text) {
    String names =
        Arrays.stream(DataClass.values()).map(Enum::name).collect(Collectors.joining(", "));
    if (text == null) {
      throw new IllegalArgumentException("each item needs a dataClass, one of " + names);
    }
    try {
      return DataClass.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "dataClass is one of " + names + "; got '" + text.strip() + "'", e);
    }
  }

  private static boolean csv(String format) {
    return switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> true;
      case "json" -> false;
      default ->
          throw new IllegalArgumentException(
              "usage comes as format=json or format=csv, not '" + format.strip() + "'");
    };
  }

  /** {@code workspace-usage-by-team-per-week-2026-03-02-to-2026-03-15.csv} */
  private static String fileName(UsageRequest request) {
    return "workspace-usage-by-"
        + request.by().orElseThrow().label()
        + "-per-"
        + request.per().label()
        + "-"
        + request.range().first()
        + "-to-"
        + request.range().last()
        + ".csv";
  }

  private static String attachment(String name) {
    return ContentDisposition.attachment().filename(name).build().toString();
  }
}
