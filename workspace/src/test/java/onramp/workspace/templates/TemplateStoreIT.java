package onramp.workspace.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import onramp.gateway.DataClass;
import onramp.testkit.TestDatabase;
import onramp.workspace.Employee;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The template library on a real PostgreSQL, with the shipped templates seeded. */
class TemplateStoreIT {
  private static TestDatabase database;
  private static HikariDataSource pool;
  private static TemplateStore store;

  private static final Employee SUPPORT = new Employee("ana.support", "rider-support", false);
  private static final Employee FINANCE = new Employee("ben.finance", "finance", false);
  private static final Employee LEGAL = new Employee("cleo.legal", "legal", false);
  private static final Employee ADMIN = new Employee("dee.admin", "platform", true);

  @BeforeAll
  static void start() throws Exception {
    database = new TestDatabase("workspace", "classpath:db/gateway", "classpath:db/workspace");
    pool = database.pool(4);
    store =
        new TemplateStore(pool, Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneOffset.UTC));
    ShippedTemplates.seed(store);
  }

  @AfterAll
  static void stop() throws Exception {
    pool.close();
    database.close();
  }

  private static TemplateDraft draft(@Nullable String owner, Sharing sharing, String body) {
    return new TemplateDraft(
        "Refund note " + owner,
        "A note about a refund",
        owner,
        sharing,
        DataClass.CUSTOMER,
        "",
        body,
        List.of(Variable.of("amount", "Amount", VariableType.TEXT, true)),
        List.of(),
        "");
  }

  @Test
  void theShippedTemplatesAreSeededAndEveryoneSeesThem() {
    for (Employee e : List.of(SUPPORT, FINANCE, LEGAL)) {
      assertThat(store.visibleTo(e))
          .extracting(Template::id)
          .contains(
              "rider-complaint-reply",
              "extract-to-table",
              "summarise-meeting-note",
              "rewrite-for-clarity",
              "translate");
    }
    Template reply = store.get(FINANCE, "rider-complaint-reply").orElseThrow();
    assertThat(reply.createdBy()).isEqualTo(ShippedTemplates.AUTHOR);
    assertThat(reply.defaultDataClass()).isEqualTo(DataClass.CUSTOMER);
    assertThat(reply.outputs()).extracting(Output::name).containsExactly("reply", "summary");
    assertThat(reply.variable("tone").orElseThrow().choices()).hasSize(3);
    assertThat(store.get(FINANCE, "translate").orElseThrow().variable("targetLanguage"))
        .hasValueSatisfying(v -> assertThat(v.choices()).hasSize(36));
  }

  @Test
  void seedingAgainChangesNothing() {
    ShippedTemplates.SeedReport again = ShippedTemplates.seed(store);
    assertThat(again.created()).isEmpty();
    assertThat(again.newVersions()).isEmpty();
    assertThat(again.unchanged()).hasSize(ShippedTemplates.FILES.size());
    assertThat(store.versions(SUPPORT, "rewrite-for-clarity")).hasSize(1);
  }

  @Test
  void aChangedShippedFileBecomesANewVersionAuthoredOnramp() {
    List<ShippedTemplates.Shipped> changed = new ArrayList<>();
    for (ShippedTemplates.Shipped s : ShippedTemplates.load()) {
      if (s.id().equals("summarise-meeting-note")) {
        TemplateDraft d = s.draft();
        s =
            new ShippedTemplates.Shipped(
                s.file(),
                s.id(),
                new TemplateDraft(
                    d.name(),
                    d.description(),
                    d.ownerTeam(),
                    d.sharing(),
                    d.defaultDataClass(),
                    d.systemPrompt() + " Keep it short.",
                    d.body(),
                    d.variables(),
                    d.outputs(),
                    "Shorter summaries."));
      }
      changed.add(s);
    }
    ShippedTemplates.SeedReport report = ShippedTemplates.seed(store, changed);
    assertThat(report.newVersions()).containsExactly("summarise-meeting-note");
    assertThat(report.unchanged()).hasSize(ShippedTemplates.FILES.size() - 1);
    Template v2 = store.get(SUPPORT, "summarise-meeting-note").orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.createdBy()).isEqualTo("onramp");
    assertThat(v2.changeNote()).isEqualTo("Shorter summaries.");
    assertThat(v2.systemPrompt()).endsWith("Keep it short.");
    // seeding the same content again is idempotent; version 1 is still there
    assertThat(ShippedTemplates.seed(store, changed).newVersions()).isEmpty();
    assertThat(store.get(SUPPORT, "summarise-meeting-note", 1).orElseThrow().systemPrompt())
        .doesNotEndWith("Keep it short.");
    assertThat(store.versions(SUPPORT, "summarise-meeting-note"))
        .extracting(TemplateVersion::version)
        .containsExactly(2, 1);
  }

  @Test
  void instancesStartingAtOnceSeedOnce() throws Exception {
    TestDatabase fresh =
        new TestDatabase("workspace", "classpath:db/gateway", "classpath:db/workspace");
    try (HikariDataSource freshPool = fresh.pool(4)) {
      TemplateStore s = new TemplateStore(freshPool, Clock.systemUTC());
      ExecutorService threads = Executors.newFixedThreadPool(3);
      List<Future<ShippedTemplates.SeedReport>> reports = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        reports.add(
            threads.submit((Callable<ShippedTemplates.SeedReport>) () -> ShippedTemplates.seed(s)));
      }
      int created = 0;
      for (Future<ShippedTemplates.SeedReport> r : reports) {
        created += r.get().created().size();
      }
      threads.shutdown();
      assertThat(created).isEqualTo(ShippedTemplates.FILES.size());
      assertThat(s.versions(ADMIN, "translate")).hasSize(1);
    } finally {
      fresh.close();
    }
  }

  @Test
  void aTeamTemplateIsSeenByItsTeamTheTeamsItIsSharedWithAndAdminsOnly() {
    store.create(SUPPORT, "support-only", draft(null, Sharing.ownerOnly(), "Refund {{amount}}"));
    store.create(
        SUPPORT,
        "support-and-finance",
        draft(null, Sharing.withTeams(List.of("finance")), "Refund {{amount}}"));

    assertThat(ids(SUPPORT)).contains("support-only", "support-and-finance");
    assertThat(ids(FINANCE)).contains("support-and-finance").doesNotContain("support-only");
    assertThat(ids(LEGAL)).doesNotContain("support-only", "support-and-finance");
    assertThat(ids(ADMIN)).contains("support-only", "support-and-finance");

    assertThat(store.get(LEGAL, "support-only")).isEmpty();
    assertThat(store.get(LEGAL, "support-only", 1)).isEmpty();
    assertThatThrownBy(() -> store.versions(LEGAL, "support-only"))
        .isInstanceOf(TemplateException.NotFound.class)
        .hasMessageContaining("There is no template 'support-only' that you can see");
    assertThat(store.get(SUPPORT, "support-only").orElseThrow().ownerTeam())
        .isEqualTo("rider-support");
  }

  @Test
  void onlyTheOwnerTeamOrAnAdminWritesANewVersion() {
    Template v1 =
        store.create(
            SUPPORT, "shared-refund", draft(null, Sharing.withEveryone(), "Refund {{amount}}"));
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.changeNote()).isEqualTo("First version.");
    assertThat(store.mayChange(SUPPORT, "shared-refund")).isTrue();
    assertThat(store.mayChange(FINANCE, "shared-refund")).isFalse();
    assertThat(store.mayChange(ADMIN, "shared-refund")).isTrue();

    TemplateDraft changed =
        withNote(draft(null, Sharing.withEveryone(), "Refund of {{amount}}"), "Wording");
    assertThatThrownBy(
            () -> store.newVersion(FINANCE, "shared-refund", changed, OptionalInt.empty()))
        .isInstanceOf(TemplateException.Forbidden.class)
        .hasMessage(
            "Template 'shared-refund' belongs to team 'rider-support': only its members or an"
                + " admin can change it. Ask them, or save a copy under a new id for your team.");

    Template v2 = store.newVersion(SUPPORT, "shared-refund", changed, OptionalInt.of(1));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.createdBy()).isEqualTo("ana.support");
    Template v3 =
        store.newVersion(
            ADMIN,
            "shared-refund",
            withNote(draft("finance", Sharing.ownerOnly(), "Refund of {{amount}}."), "To finance"),
            OptionalInt.empty());
    assertThat(v3.ownerTeam()).isEqualTo("finance");
    // the history keeps every version as it was written
    assertThat(store.get(ADMIN, "shared-refund", 1).orElseThrow().body())
        .isEqualTo("Refund {{amount}}");
    assertThat(store.versions(ADMIN, "shared-refund"))
        .extracting(
            TemplateVersion::version, TemplateVersion::createdBy, TemplateVersion::changeNote)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "dee.admin", "To finance"),
            org.assertj.core.groups.Tuple.tuple(2, "ana.support", "Wording"),
            org.assertj.core.groups.Tuple.tuple(1, "ana.support", "First version."));
    // no longer shared with everyone, and no longer support's
    assertThat(store.get(SUPPORT, "shared-refund")).isEmpty();
    assertThat(store.mayChange(FINANCE, "shared-refund")).isTrue();
  }

  @Test
  void aStaleEditAnEmptyChangeANoteMissingAndAHandOverByAMemberAreRefused() {
    store.create(SUPPORT, "stale-edit", draft(null, Sharing.ownerOnly(), "Refund {{amount}}"));
    store.newVersion(
        SUPPORT,
        "stale-edit",
        withNote(draft(null, Sharing.ownerOnly(), "Refund: {{amount}}"), "v2"),
        OptionalInt.of(1));
    assertThatThrownBy(
            () ->
                store.newVersion(
                    SUPPORT,
                    "stale-edit",
                    withNote(draft(null, Sharing.ownerOnly(), "Refund - {{amount}}"), "v3"),
                    OptionalInt.of(1)))
        .isInstanceOf(TemplateException.Conflict.class)
        .hasMessageContaining("is at version 2 now, not 1");
    assertThatThrownBy(
            () ->
                store.newVersion(
                    SUPPORT,
                    "stale-edit",
                    withNote(draft(null, Sharing.ownerOnly(), "Refund: {{amount}}"), "again"),
                    OptionalInt.empty()))
        .isInstanceOf(TemplateException.Invalid.class)
        .hasMessageContaining("nothing changed since version 2");
    assertThatThrownBy(
            () ->
                store.newVersion(
                    SUPPORT,
                    "stale-edit",
                    draft(null, Sharing.ownerOnly(), "Refund; {{amount}}"),
                    OptionalInt.empty()))
        .isInstanceOf(TemplateException.Invalid.class)
        .hasMessageContaining("a new version needs a change note");
    assertThatThrownBy(
            () ->
                store.newVersion(
                    SUPPORT,
                    "stale-edit",
                    withNote(draft("finance", Sharing.ownerOnly(), "Refund; {{amount}}"), "give"),
                    OptionalInt.empty()))
        .isInstanceOf(TemplateException.Forbidden.class)
        .hasMessage("Only an admin can give template 'stale-edit' to another team.");
    assertThatThrownBy(
            () ->
                store.newVersion(
                    LEGAL,
                    "stale-edit",
                    withNote(draft(null, Sharing.ownerOnly(), "x {{amount}}"), "n"),
                    OptionalInt.empty()))
        .isInstanceOf(TemplateException.NotFound.class);
  }

  @Test
  void createRefusesATakenIdAnotherTeamAndAnInvalidTemplate() {
    store.create(SUPPORT, "taken-id", draft(null, Sharing.ownerOnly(), "Refund {{amount}}"));
    assertThatThrownBy(
            () -> store.create(FINANCE, "taken-id", draft(null, Sharing.ownerOnly(), "{{amount}}")))
        .isInstanceOf(TemplateException.Conflict.class)
        .hasMessageContaining("A template with the id 'taken-id' exists already");
    assertThatThrownBy(
            () ->
                store.create(
                    FINANCE, "for-legal", draft("legal", Sharing.ownerOnly(), "{{amount}}")))
        .isInstanceOf(TemplateException.Forbidden.class)
        .hasMessageContaining("You can create templates for your own team (finance) only");
    assertThat(
            store
                .create(ADMIN, "for-legal", draft("legal", Sharing.ownerOnly(), "{{amount}}"))
                .ownerTeam())
        .isEqualTo("legal");
    assertThatThrownBy(
            () ->
                store.create(
                    FINANCE, "bad-one", draft(null, Sharing.ownerOnly(), "{{amount}} {{x}}")))
        .isInstanceOf(TemplateException.Invalid.class)
        .hasMessageContaining("{{x}}, which is not a declared variable");
    assertThat(store.get(ADMIN, "bad-one")).isEmpty();
  }

  @Test
  void aShippedIdTakenByAnEmployeeIsLeftAlone() {
    store.create(SUPPORT, "my-own", draft(null, Sharing.ownerOnly(), "{{amount}}"));
    ShippedTemplates.Shipped impostor =
        new ShippedTemplates.Shipped(
            "my-own.yaml",
            "my-own",
            draft("rider-support", Sharing.withEveryone(), "X {{amount}}"));
    assertThat(ShippedTemplates.seed(store, List.of(impostor)).taken()).containsExactly("my-own");
    assertThat(store.versions(SUPPORT, "my-own")).hasSize(1);
  }

  @Test
  void versionsAreImmutableInTheDatabase() throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE workspace_template_version SET body = 'changed' WHERE template_id ="
                          + " 'translate'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("template versions are immutable");
    }
  }

  @Test
  void aStoredTemplateRendersLikeTheShippedOne() {
    Template t = store.get(LEGAL, "translate").orElseThrow();
    Rendered r =
        TemplateRenderer.render(t, java.util.Map.of("text", "Hello", "targetLanguage", "catalan"));
    assertThat(r.text()).startsWith("Translate the text below into Catalan.").contains("Hello");
    assertThat(r.version()).isEqualTo(t.version());
  }

  private static List<String> ids(Employee e) {
    return store.visibleTo(e).stream().map(Template::id).toList();
  }

  private static TemplateDraft withNote(TemplateDraft d, String note) {
    return new TemplateDraft(
        d.name(),
        d.description(),
        d.ownerTeam(),
        d.sharing(),
        d.defaultDataClass(),
        d.systemPrompt(),
        d.body(),
        d.variables(),
        d.outputs(),
        note);
  }
}
