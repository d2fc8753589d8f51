package onramp.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import onramp.gateway.DataClass;
import onramp.gateway.Usage;
import onramp.gateway.masking.EntityType;
import onramp.gateway.masking.Replacement;
import org.jspecify.annotations.Nullable;

/**
 * Conversations, runs and attachments in PostgreSQL (tables from {@code
 * db/workspace/V200__workspace.sql}). Contents are sealed with the conversation's data key; only
 * the owner reads them. Retention: a conversation is deleted when its most sensitive run's class
 * says so ({@link #deleteExpired}).
 */
public final class Conversations {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROMPT = "prompt";
  private static final String ANSWER = "answer";
  private static final String MASKED = "masked";
  private static final String FILE = "file";

  private final DataSource db;
  private final Sealing sealing;

  public Conversations(DataSource db, Sealing sealing) {
    this.db = db;
    this.sealing = sealing;
  }

  /** A conversation a run goes into: its key, its earlier turns, the next run's number. */
  record Open(UUID id, Sealing.Key key, int nextSeq, List<Turn> history, boolean created) {}

  /** An earlier exchange, as the model sees it again. */
  record Turn(String prompt, String answer, List<Attachment> attachments) {}

  /** A conversation in a list. */
  public record Summary(
      UUID id,
      String title,
      DataClass dataClass,
      Instant updatedAt,
      int runs,
      Optional<Instant> deleteAfter) {}

  /** A conversation with its runs. */
  public record View(
      UUID id,
      String title,
      DataClass dataClass,
      Instant createdAt,
      Optional<Instant> deleteAfter,
      List<RunResult> runs) {}

  /** Opens the caller's conversation {@code id}, or creates one titled {@code title}. */
  Open open(Employee who, Optional<UUID> id, DataClass dataClass, String title, Instant now) {
    try (Connection c = db.getConnection()) {
      if (id.isEmpty()) {
        UUID created = UUID.randomUUID();
        Sealing.Key key = sealing.newKey(created);
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO workspace_conversation (id, username, team, title, data_class,"
                    + " wrapped_key, kek_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
          s.setObject(1, created);
          s.setString(2, who.username());
          s.setString(3, who.team());
          s.setString(4, title);
          s.setString(5, dataClass.name());
          s.setBytes(6, key.wrapped());
          s.setString(7, key.kekId());
          s.setTimestamp(8, Timestamp.from(now));
          s.setTimestamp(9, Timestamp.from(now));
          s.executeUpdate();
        }
        return new Open(created, key, 1, List.of(), true);
      }
      Sealing.Key key = key(c, who, id.get());
      List<Turn> history = new ArrayList<>();
      int seq = 0;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, seq, prompt_sealed, answer_sealed FROM workspace_run"
                  + " WHERE conversation_id = ? ORDER BY seq")) {
        s.setObject(1, id.get());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            seq = rs.getInt("seq");
            byte[] answer = rs.getBytes("answer_sealed");
            if (answer == null) {
              continue; // no answer: the model never saw this turn complete
            }
            history.add(
                new Turn(
                    text(key, PROMPT, rs.getBytes("prompt_sealed")),
                    text(key, ANSWER, answer),
                    attachments(c, key, rs.getObject("id", UUID.class))));
          }
        }
      }
      return new Open(id.get(), key, seq + 1, history, false);
    } catch (SQLException e) {
      throw failure("open a conversation", e);
    }
  }

  /** Records a run about to be sent, with its attachments, and when its data must go. */
  void start(
      Open conversation,
      UUID run,
      Employee who,
      RunRequest request,
      Instant now,
      Optional<Integer> retentionDays) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO workspace_run (id, conversation_id, seq, username, team, template_id,"
                  + " template_version, model, data_class, status, prompt_sealed, started_at)"
                  + " VALUES (?,?,?,?,?,?,?,?,?,'RUNNING',?,?)")) {
        s.setObject(1, run);
        s.setObject(2, conversation.id());
        s.setInt(3, conversation.nextSeq());
        s.setString(4, who.username());
        s.setString(5, who.team());
        s.setString(6, request.template().map(RunRequest.TemplateRef::id).orElse(null));
        if (request.template().isPresent()) {
          s.setInt(7, request.template().get().version());
        } else {
          s.setNull(7, Types.INTEGER);
        }
        s.setString(8, request.model());
        s.setString(9, request.dataClass().name());
        s.setBytes(10, seal(conversation.key(), PROMPT, request.text()));
        s.setTimestamp(11, Timestamp.from(now));
        s.executeUpdate();
      }
      for (Attachment a : request.attachments()) {
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO workspace_attachment (id, conversation_id, run_id, file_name,"
                    + " media_type, size_bytes, pages, content_sealed, created_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)")) {
          s.setObject(1, UUID.randomUUID());
          s.setObject(2, conversation.id());
          s.setObject(3, run);
          s.setString(4, a.fileName());
          s.setString(5, a.mediaType());
          s.setLong(6, a.sizeBytes());
          s.setInt(7, a.pages());
          byte[] image = a.image();
          s.setBytes(
              8,
              conversation
                  .key()
                  .seal(
                      FILE,
                      image != null
                          ? image
                          : (a.variable() == null ? "" : "var:" + a.variable() + "\n")
                              .concat(a.text())
                              .getBytes(StandardCharsets.UTF_8)));
          s.setTimestamp(9, Timestamp.from(now));
          s.executeUpdate();
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE workspace_conversation SET updated_at = ?,"
                  + " data_class = CASE WHEN ? > (CASE data_class WHEN 'PUBLIC' THEN 0"
                  + " WHEN 'INTERNAL' THEN 1 WHEN 'CUSTOMER' THEN 2 ELSE 3 END)"
                  + " THEN ? ELSE data_class END,"
                  + " delete_after = CASE WHEN ?::timestamptz IS NULL THEN delete_after"
                  + " ELSE LEAST(COALESCE(delete_after, ?::timestamptz), ?::timestamptz) END"
                  + " WHERE id = ?")) {
        Timestamp deleteAfter =
            retentionDays.map(d -> Timestamp.from(now.plus(d, ChronoUnit.DAYS))).orElse(null);
        s.setTimestamp(1, Timestamp.from(now));
        s.setInt(2, request.dataClass().ordinal());
        s.setString(3, request.dataClass().name());
        s.setTimestamp(4, deleteAfter);
        s.setTimestamp(5, deleteAfter);
        s.setTimestamp(6, deleteAfter);
        s.setObject(7, conversation.id());
        s.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      throw failure("record the run", e);
    }
  }

  /** Records how a run ended. */
  void finish(
      Open conversation,
      UUID run,
      RunStatus status,
      String answer,
      Optional<String> error,
      List<Replacement> masked,
      Usage usage,
      BigDecimal cost,
      Optional<Long> firstTokenMs,
      Instant now) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE workspace_run SET status = ?, error = ?, answer_sealed = ?,"
                    + " masked_sealed = ?, masked_counts = ?::jsonb, input_tokens = ?,"
                    + " output_tokens = ?, cache_read_tokens = ?, cache_write_tokens = ?,"
                    + " cost_usd = ?, first_token_ms = ?, finished_at = ? WHERE id = ?")) {
      s.setString(1, status.name());
      s.setString(2, error.orElse(null));
      s.setBytes(
          3,
          status == RunStatus.COMPLETE || !answer.isEmpty()
              ? seal(conversation.key(), ANSWER, answer)
              : null);
      s.setBytes(4, seal(conversation.key(), MASKED, JSON.writeValueAsString(masked)));
      Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
      masked.forEach(r -> counts.merge(r.type(), 1, Integer::sum));
      s.setString(5, JSON.writeValueAsString(counts));
      s.setLong(6, usage.input());
      s.setLong(7, usage.output());
      s.setLong(8, usage.cacheRead());
      s.setLong(9, usage.cacheWrite5m() + usage.cacheWrite1h());
      s.setBigDecimal(10, cost);
      if (firstTokenMs.isPresent()) {
        s.setInt(11, (int) Math.min(Integer.MAX_VALUE, firstTokenMs.get()));
      } else {
        s.setNull(11, Types.INTEGER);
      }
      s.setTimestamp(12, Timestamp.from(now));
      s.setObject(13, run);
      s.executeUpdate();
    } catch (SQLException | JsonProcessingException e) {
      throw failure("record the answer", e);
    }
  }

  /**
   * The caller's conversations, newest first; {@code query} matches titles and, for the most recent
   * {@code scan} conversations, their contents (sealed: searched after opening, here).
   */
  public List<Summary> list(Employee who, Optional<String> query, int limit) {
    int scan = 500;
    List<Summary> out = new ArrayList<>();
    String q =
        query.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).orElse(null);
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT c.id, c.title, c.data_class, c.updated_at, c.delete_after, c.wrapped_key,"
                    + " c.kek_id, (SELECT count(*) FROM workspace_run r WHERE r.conversation_id ="
                    + " c.id) AS runs FROM workspace_conversation c WHERE c.username = ?"
                    + " ORDER BY c.updated_at DESC LIMIT ?")) {
      s.setString(1, who.username());
      s.setInt(2, q == null ? limit : scan);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next() && out.size() < limit) {
          UUID id = rs.getObject("id", UUID.class);
          String title = rs.getString("title");
          if (q != null
              && !title.toLowerCase(Locale.ROOT).contains(q)
              && !contentsContain(
                  c,
                  sealing.unwrap(id, rs.getBytes("wrapped_key"), rs.getString("kek_id")),
                  id,
                  q)) {
            continue;
          }
          out.add(
              new Summary(
                  id,
                  title,
                  DataClass.valueOf(rs.getString("data_class")),
                  rs.getTimestamp("updated_at").toInstant(),
                  rs.getInt("runs"),
                  instant(rs.getTimestamp("delete_after"))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("list conversations", e);
    }
  }

  /** One of the caller's conversations with its runs, opened. */
  public View get(Employee who, UUID id) {
    try (Connection c = db.getConnection()) {
      Sealing.Key key = key(c, who, id);
      String title;
      DataClass dataClass;
      Instant created;
      Optional<Instant> deleteAfter;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT title, data_class, created_at, delete_after FROM workspace_conversation"
                  + " WHERE id = ?")) {
        s.setObject(1, id);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          title = rs.getString("title");
          dataClass = DataClass.valueOf(rs.getString("data_class"));
          created = rs.getTimestamp("created_at").toInstant();
          deleteAfter = instant(rs.getTimestamp("delete_after"));
        }
      }
      List<RunResult> runs = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT * FROM workspace_run WHERE conversation_id = ? ORDER BY seq")) {
        s.setObject(1, id);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            runs.add(run(c, key, id, rs));
          }
        }
      }
      return new View(id, title, dataClass, created, deleteAfter, runs);
    } catch (SQLException e) {
      throw failure("read the conversation", e);
    }
  }

  /** Renames one of the caller's conversations. */
  public void rename(Employee who, UUID id, String title) {
    String t = title.strip();
    if (t.isEmpty() || t.length() > 200) {
      throw new WorkspaceException(
          WorkspaceException.Kind.INVALID, "title: between 1 and 200 characters");
    }
    update(who, id, "UPDATE workspace_conversation SET title = ? WHERE id = ? AND username = ?", t);
  }

  /** Deletes one of the caller's conversations with everything in it (rows, not flags). */
  public void delete(Employee who, UUID id) {
    update(who, id, "DELETE FROM workspace_conversation WHERE id = ? AND username = ?", null);
  }

  /**
   * Deletes every conversation holding a run whose data class's retention has run out at {@code
   * now} (the retention table as it is now, so a shortened retention applies to old runs too).
   *
   * @return how many conversations were deleted
   */
  public int deleteExpired(Instant now) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "DELETE FROM workspace_conversation c WHERE EXISTS (SELECT 1 FROM workspace_run r"
                    + " JOIN workspace_retention t ON t.data_class = r.data_class"
                    + " WHERE r.conversation_id = c.id AND t.days IS NOT NULL"
                    + " AND r.started_at + make_interval(days => t.days) <= ?)")) {
      s.setTimestamp(1, Timestamp.from(now));
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failure("delete expired conversations", e);
    }
  }

  /** Days a data class is kept, from the retention table (empty: until its owner deletes it). */
  Optional<Integer> retentionDays(DataClass dataClass) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT days FROM workspace_retention WHERE data_class = ?")) {
      s.setString(1, dataClass.name());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        int days = rs.getInt(1);
        return rs.wasNull() ? Optional.empty() : Optional.of(days);
      }
    } catch (SQLException e) {
      throw failure("read retention", e);
    }
  }

  private void update(Employee who, UUID id, String sql, @Nullable String title) {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      if (title != null) {
        s.setString(i++, title);
      }
      s.setObject(i++, id);
      s.setString(i, who.username());
      if (s.executeUpdate() == 0) {
        throw notFound(id);
      }
    } catch (SQLException e) {
      throw failure("change the conversation", e);
    }
  }

  private RunResult run(Connection c, Sealing.Key key, UUID conversation, ResultSet rs)
      throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    byte[] answer = rs.getBytes("answer_sealed");
    byte[] masked = rs.getBytes("masked_sealed");
    String templateId = rs.getString("template_id");
    int templateVersion = rs.getInt("template_version");
    int firstToken = rs.getInt("first_token_ms");
    boolean noFirstToken = rs.wasNull();
    List<RunResult.AttachmentInfo> files = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, file_name, media_type, pages, size_bytes FROM workspace_attachment"
                + " WHERE run_id = ? ORDER BY created_at, file_name")) {
      s.setObject(1, id);
      try (ResultSet a = s.executeQuery()) {
        while (a.next()) {
          files.add(
              new RunResult.AttachmentInfo(
                  a.getObject("id", UUID.class),
                  a.getString("file_name"),
                  a.getString("media_type"),
                  a.getInt("pages"),
                  a.getLong("size_bytes")));
        }
      }
    }
    return new RunResult(
        id,
        conversation,
        rs.getInt("seq"),
        RunStatus.valueOf(rs.getString("status")),
        text(key, PROMPT, rs.getBytes("prompt_sealed")),
        answer == null ? "" : text(key, ANSWER, answer),
        Optional.ofNullable(rs.getString("error")),
        masked == null ? List.of() : replacements(text(key, MASKED, masked)),
        new Usage(
            rs.getLong("input_tokens"),
            rs.getLong("output_tokens"),
            rs.getLong("cache_read_tokens"),
            rs.getLong("cache_write_tokens"),
            0),
        rs.getBigDecimal("cost_usd"),
        rs.getString("model"),
        DataClass.valueOf(rs.getString("data_class")),
        templateId == null
            ? Optional.empty()
            : Optional.of(new RunRequest.TemplateRef(templateId, templateVersion, templateId)),
        rs.getTimestamp("started_at").toInstant(),
        noFirstToken ? Optional.empty() : Optional.of((long) firstToken),
        files);
  }

  private List<Attachment> attachments(Connection c, Sealing.Key key, UUID run)
      throws SQLException {
    List<Attachment> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT file_name, media_type, pages, size_bytes, content_sealed"
                + " FROM workspace_attachment WHERE run_id = ? ORDER BY created_at, file_name")) {
      s.setObject(1, run);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String mediaType = rs.getString("media_type");
          byte[] content = key.open(FILE, rs.getBytes("content_sealed"));
          boolean image = mediaType.startsWith("image/");
          String text = image ? "" : new String(content, StandardCharsets.UTF_8);
          String variable = null;
          if (text.startsWith("var:")) {
            int nl = text.indexOf('\n');
            variable = text.substring(4, nl);
            text = text.substring(nl + 1);
          }
          out.add(
              new Attachment(
                  rs.getString("file_name"),
                  mediaType,
                  text,
                  rs.getInt("pages"),
                  rs.getLong("size_bytes"),
                  image ? content : null,
                  variable));
        }
      }
    }
    return out;
  }

  private boolean contentsContain(Connection c, Sealing.Key key, UUID id, String q)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT prompt_sealed, answer_sealed FROM workspace_run WHERE conversation_id = ?")) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          byte[] answer = rs.getBytes("answer_sealed");
          if (text(key, PROMPT, rs.getBytes("prompt_sealed")).toLowerCase(Locale.ROOT).contains(q)
              || (answer != null
                  && text(key, ANSWER, answer).toLowerCase(Locale.ROOT).contains(q))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Sealing.Key key(Connection c, Employee who, UUID id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT wrapped_key, kek_id FROM workspace_conversation WHERE id = ? AND username = ?")) {
      s.setObject(1, id);
      s.setString(2, who.username());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw notFound(id);
        }
        return sealing.unwrap(id, rs.getBytes(1), rs.getString(2));
      }
    }
  }

  private static List<Replacement> replacements(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<Replacement>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored masking record unreadable", e);
    }
  }

  private static byte[] seal(Sealing.Key key, String purpose, String text) {
    return key.seal(purpose, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Sealing.Key key, String purpose, byte[] sealed) {
    return new String(key.open(purpose, sealed), StandardCharsets.UTF_8);
  }

  private static Optional<Instant> instant(@Nullable Timestamp t) {
    return Optional.ofNullable(t).map(Timestamp::toInstant);
  }

  static WorkspaceException notFound(UUID id) {
    return new WorkspaceException(
        WorkspaceException.Kind.NOT_FOUND, "conversation " + id + " not found (or not yours)");
  }

  private static IllegalStateException failure(String what, Exception e) {
    return new IllegalStateException(
        "could not " + what + " in the workspace database (" + e.getMessage() + ")", e);
  }
}
