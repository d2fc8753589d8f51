package onramp.workspace.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import onramp.gateway.DataClass;
import onramp.workspace.Employee;
import onramp.workspace.templates.TemplateException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The template library in PostgreSQL (schema {@code V201__workspace_templates.sql}), plain JDBC. An
 * employee sees the templates of their team, those shared with their team and those shared with
 * everyone; admins see all. Only the owner team's members and admins write new versions.
 */
public final class TemplateStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Variable>> VARIABLES = new TypeReference<>() {};
  private static final TypeReference<List<Output>> OUTPUTS = new TypeReference<>() {};
  private static final String FIRST_NOTE = "First version.";

  private static final String SELECT_VERSION =
      "SELECT v.template_id, v.version, v.name, v.description, v.owner_team, v.everyone,"
          + " v.shared_teams, v.default_data_class, v.system_prompt, v.body, v.variables::text AS"
          + " variables, v.outputs::text AS outputs, v.created_by, v.created_at, v.change_note"
          + " FROM workspace_template t JOIN workspace_template_version v ON v.template_id = t.id ";

  /** Who sees a template: admins, everyone-shared, the owner team, the teams shared with. */
  private static final String VISIBLE =
      " (? OR t.everyone OR t.owner_team = ? OR EXISTS (SELECT 1 FROM workspace_template_share s"
          + " WHERE s.template_id = t.id AND s.team = ?)) ";

  private final DataSource dataSource;
  private final Clock clock;

  public TemplateStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** The newest version of every template the employee sees, by name. */
  public List<Template> visibleTo(Employee employee) {
    return query(
        SELECT_VERSION
            + "AND v.version = t.latest_version WHERE"
            + VISIBLE
            + "ORDER BY lower(v.name), t.id",
        ps -> visibility(ps, 1, employee));
  }

  /** The newest version of a template, if it exists and the employee sees it. */
  public Optional<Template> get(Employee employee, String id) {
    return query(
            SELECT_VERSION + "AND v.version = t.latest_version WHERE t.id = ? AND" + VISIBLE,
            ps -> {
              ps.setString(1, id);
              visibility(ps, 2, employee);
            })
        .stream()
        .findFirst();
  }

  /** One version of a template, if both exist and the employee sees the template. */
  public Optional<Template> get(Employee employee, String id, int version) {
    return query(
            SELECT_VERSION + "AND v.version = ? WHERE t.id = ? AND" + VISIBLE,
            ps -> {
              ps.setInt(1, version);
              ps.setString(2, id);
              visibility(ps, 3, employee);
            })
        .stream()
        .findFirst();
  }

  /** The history of a template, newest first. */
  public List<TemplateVersion> versions(Employee employee, String id) {
    if (get(employee, id).isEmpty()) {
      throw notFound(id);
    }
    return withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT version, name, created_by, created_at, change_note FROM"
                      + " workspace_template_version WHERE template_id = ? ORDER BY version DESC")) {
            ps.setString(1, id);
            List<TemplateVersion> versions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                versions.add(
                    new TemplateVersion(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)));
              }
            }
            return versions;
          }
        });
  }

  /** Whether the employee may write a new version of the template (owner team member or admin). */
  public boolean mayChange(Employee employee, String id) {
    return employee.admin() || currentOwner(id).map(employee.team()::equals).orElse(false);
  }

  /**
   * A new template, version 1, owned by the draft's team (the employee's own when null; only an
   * admin may create one for another team).
   */
  public Template create(Employee employee, String id, TemplateDraft draft) {
    String owner = draft.ownerTeam() == null ? employee.team() : draft.ownerTeam().strip();
    if (!employee.admin() && !owner.equals(employee.team())) {
      throw new TemplateException.Forbidden(
          "You can create templates for your own team ("
              + employee.team()
              + ") only; ask an admin to create one for team '"
              + owner
              + "'.");
    }
    TemplateDraft resolved =
        withOwner(draft, owner, draft.changeNote().isBlank() ? FIRST_NOTE : draft.changeNote());
    TemplateRules.check(id, resolved);
    return inTransaction(
        c -> {
          Template created = Template.of(id, 1, resolved, employee.username(), now());
          if (!insertTemplate(c, created)) {
            throw new TemplateException.Conflict(
                "A template with the id '"
                    + id
                    + "' exists already. Choose another id, or write a new version of it.");
          }
          insertVersion(c, created, null);
          return created;
        });
  }

  /**
   * The next version of a template.
   *
   * @param baseVersion the version the employee edited; when given and no longer the newest, the
   *     change is refused so that nobody overwrites a change they have not seen
   */
  public Template newVersion(
      Employee employee, String id, TemplateDraft draft, OptionalInt baseVersion) {
    return inTransaction(
        c -> {
          Current current = lockCurrent(c, id).orElseThrow(() -> notFound(id));
          if (!employee.admin() && !current.visibleTo(employee.team())) {
            throw notFound(id);
          }
          if (!employee.admin() && !employee.team().equals(current.owner())) {
            throw new TemplateException.Forbidden(
                "Template '"
                    + id
                    + "' belongs to team '"
                    + current.owner()
                    + "': only its members or an admin can change it. Ask them, or save a copy"
                    + " under a new id for your team.");
          }
          String owner = draft.ownerTeam() == null ? current.owner() : draft.ownerTeam().strip();
          if (!employee.admin() && !owner.equals(current.owner())) {
            throw new TemplateException.Forbidden(
                "Only an admin can give template '" + id + "' to another team.");
          }
          if (baseVersion.isPresent() && baseVersion.getAsInt() != current.latest()) {
            throw new TemplateException.Conflict(
                "Template '"
                    + id
                    + "' is at version "
                    + current.latest()
                    + " now, not "
                    + baseVersion.getAsInt()
                    + ": someone saved a change since you opened it. Reload it, make your change"
                    + " again and save.");
          }
          TemplateDraft resolved = withOwner(draft, owner, draft.changeNote());
          List<Problem> problems = new ArrayList<>(TemplateRules.problems(id, resolved));
          if (resolved.changeNote().isBlank()) {
            problems.add(
                new Problem("changeNote", "a new version needs a change note: say what changed"));
          }
          Template latest = readVersion(c, id, current.latest());
          if (sameContent(latest.draft(), resolved)) {
            problems.add(
                new Problem(
                    "body",
                    "nothing changed since version " + current.latest() + "; nothing to save"));
          }
          if (!problems.isEmpty()) {
            throw new TemplateException.Invalid("Template '" + id + "' cannot be saved", problems);
          }
          Template next =
              Template.of(id, current.latest() + 1, resolved, employee.username(), now());
          insertVersion(c, next, null);
          updateTemplate(c, next);
          return next;
        });
  }

  // --- seeding (ShippedTemplates) ---

  /** What seeding did to one shipped template. */
  enum SeedOutcome {
    CREATED,
    NEW_VERSION,
    UNCHANGED,
    /** The id is taken by a template nobody shipped: left alone. */
    TAKEN
  }

  /**
   * Writes the shipped template as version 1, or as a new version when its content differs from the
   * last version seeding wrote. Serialised across instances by an advisory lock.
   */
  SeedOutcome seed(String id, TemplateDraft draft, String author) {
    String sha256 = ShippedTemplates.sha256(contentJson(draft));
    return inTransaction(
        c -> {
          try (PreparedStatement lock =
              c.prepareStatement(
                  "SELECT pg_advisory_xact_lock(hashtext('workspace_template_seed'))")) {
            lock.execute();
          }
          Optional<Current> current = lockCurrent(c, id);
          if (current.isEmpty()) {
            Template created = Template.of(id, 1, draft, author, now());
            insertTemplate(c, created);
            insertVersion(c, created, sha256);
            return SeedOutcome.CREATED;
          }
          Optional<String> lastShipped = lastShippedSha(c, id);
          if (lastShipped.isEmpty()) {
            return SeedOutcome.TAKEN;
          }
          if (lastShipped.get().equals(sha256)) {
            return SeedOutcome.UNCHANGED;
          }
          Template next = Template.of(id, current.get().latest() + 1, draft, author, now());
          insertVersion(c, next, sha256);
          updateTemplate(c, next);
          return SeedOutcome.NEW_VERSION;
        });
  }

  // --- internals ---

  private record Current(String owner, boolean everyone, List<String> teams, int latest) {
    boolean visibleTo(String team) {
      return everyone || owner.equals(team) || teams.contains(team);
    }
  }

  private Optional<String> currentOwner(String id) {
    return withConnection(c -> lockCurrent(c, id, false).map(Current::owner));
  }

  private static Optional<Current> lockCurrent(Connection c, String id) throws SQLException {
    return lockCurrent(c, id, true);
  }

  private static Optional<Current> lockCurrent(Connection c, String id, boolean forUpdate)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT owner_team, everyone, latest_version, ARRAY(SELECT team FROM"
                + " workspace_template_share s WHERE s.template_id = t.id ORDER BY team) FROM"
                + " workspace_template t WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Current(rs.getString(1), rs.getBoolean(2), strings(rs.getArray(4)), rs.getInt(3)));
      }
    }
  }

  private static Optional<String> lastShippedSha(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT shipped_sha256 FROM workspace_template_version WHERE template_id = ? AND"
                + " shipped_sha256 IS NOT NULL ORDER BY version DESC LIMIT 1")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static Template readVersion(Connection c, String id, int version) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(SELECT_VERSION + "AND v.version = ? WHERE t.id = ?")) {
      ps.setInt(1, version);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw notFound(id);
        }
        return template(rs);
      }
    }
  }

  private boolean insertTemplate(Connection c, Template t) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO workspace_template (id, owner_team, everyone, latest_version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      ps.setString(1, t.id());
      ps.setString(2, t.ownerTeam());
      ps.setBoolean(3, t.sharing().everyone());
      ps.setInt(4, t.version());
      ps.setTimestamp(5, Timestamp.from(t.createdAt()));
      ps.setTimestamp(6, Timestamp.from(t.createdAt()));
      if (ps.executeUpdate() == 0) {
        return false;
      }
    }
    insertShares(c, t);
    return true;
  }

  private static void updateTemplate(Connection c, Template t) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE workspace_template SET owner_team = ?, everyone = ?, latest_version = ?,"
                + " updated_at = ? WHERE id = ?")) {
      ps.setString(1, t.ownerTeam());
      ps.setBoolean(2, t.sharing().everyone());
      ps.setInt(3, t.version());
      ps.setTimestamp(4, Timestamp.from(t.createdAt()));
      ps.setString(5, t.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM workspace_template_share WHERE template_id = ?")) {
      ps.setString(1, t.id());
      ps.executeUpdate();
    }
    insertShares(c, t);
  }

  private static void insertShares(Connection c, Template t) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO workspace_template_share (template_id, team) VALUES (?, ?)")) {
      for (String team : t.sharing().teams()) {
        ps.setString(1, t.id());
        ps.setString(2, team);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertVersion(Connection c, Template t, @Nullable String shippedSha256)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO workspace_template_version (template_id, version, name, description,"
                + " owner_team, everyone, shared_teams, default_data_class, system_prompt, body,"
                + " variables, outputs, created_by, created_at, change_note, shipped_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)")) {
      ps.setString(1, t.id());
      ps.setInt(2, t.version());
      ps.setString(3, t.name());
      ps.setString(4, t.description());
      ps.setString(5, t.ownerTeam());
      ps.setBoolean(6, t.sharing().everyone());
      ps.setArray(7, c.createArrayOf("text", t.sharing().teams().toArray()));
      ps.setString(8, t.defaultDataClass().name());
      ps.setString(9, t.systemPrompt());
      ps.setString(10, t.body());
      ps.setString(11, json(t.variables()));
      ps.setString(12, json(t.outputs()));
      ps.setString(13, t.createdBy());
      ps.setTimestamp(14, Timestamp.from(t.createdAt()));
      ps.setString(15, t.changeNote());
      if (shippedSha256 == null) {
        ps.setNull(16, Types.VARCHAR);
      } else {
        ps.setString(16, shippedSha256);
      }
      ps.executeUpdate();
    }
  }

  private static Template template(ResultSet rs) throws SQLException {
    boolean everyone = rs.getBoolean("everyone");
    List<String> teams = strings(rs.getArray("shared_teams"));
    try {
      return new Template(
          rs.getString("template_id"),
          rs.getInt("version"),
          rs.getString("name"),
          rs.getString("description"),
          rs.getString("owner_team"),
          new Sharing(everyone, teams),
          DataClass.valueOf(rs.getString("default_data_class")),
          rs.getString("system_prompt"),
          rs.getString("body"),
          JSON.readValue(rs.getString("variables"), VARIABLES),
          JSON.readValue(rs.getString("outputs"), OUTPUTS),
          rs.getString("created_by"),
          rs.getTimestamp("created_at").toInstant(),
          rs.getString("change_note"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "template " + rs.getString("template_id") + " has unreadable variables or outputs", e);
    }
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values).map(v -> (String) Objects.requireNonNull(v)).toList();
  }

  private static TemplateDraft withOwner(TemplateDraft d, String owner, String changeNote) {
    return new TemplateDraft(
        d.name().strip(),
        d.description().strip(),
        owner,
        d.sharing(),
        d.defaultDataClass(),
        d.systemPrompt(),
        d.body(),
        d.variables(),
        d.outputs(),
        changeNote.strip());
  }

  private static boolean sameContent(TemplateDraft a, TemplateDraft b) {
    return contentJson(a).equals(contentJson(b));
  }

  /** The draft without its change note, as JSON: what decides whether content changed. */
  static String contentJson(TemplateDraft d) {
    return json(
        new TemplateDraft(
            d.name(),
            d.description(),
            d.ownerTeam(),
            d.sharing(),
            d.defaultDataClass(),
            d.systemPrompt(),
            d.body(),
            d.variables(),
            d.outputs(),
            ""));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write template JSON", e);
    }
  }

  private static void visibility(PreparedStatement ps, int from, Employee e) throws SQLException {
    ps.setBoolean(from, e.admin());
    ps.setString(from + 1, e.team());
    ps.setString(from + 2, e.team());
  }

  private static TemplateException.NotFound notFound(String id) {
    return new TemplateException.NotFound(
        "There is no template '" + id + "' that you can see. The list shows the ones you can use.");
  }

  private Instant now() {
    return clock.instant();
  }

  // --- JDBC plumbing ---

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private List<Template> query(String sql, Binder binder) {
    return withConnection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<Template> templates = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                templates.add(template(rs));
              }
            }
            return templates;
          }
        });
  }

  private <T> T withConnection(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new TemplateStoreException(e);
    }
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new TemplateStoreException(e);
    }
  }
}
