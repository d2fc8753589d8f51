package onramp.workspace.usage;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Writes workspace rows straight into the tables, as the workspace would have after its runs:
 * synthetic employees, conversations, runs, attachments and tokens. Sealed columns get arbitrary
 * bytes; usage never reads them. The app's tests use it too (the module's test jar).
 */
public final class SyntheticWorkspaceUsage {
  private final DataSource dataSource;

  public SyntheticWorkspaceUsage(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void employee(String username, String team, @Nullable String displayName) {
    update(
        "INSERT INTO workspace_employee (username, team, display_name, created_at)"
            + " VALUES (?, ?, ?, now())",
        username,
        team,
        displayName);
  }

  /** A new conversation of {@code username}'s. */
  public UUID conversation(String username, String team, String dataClass) {
    UUID id = UUID.randomUUID();
    update(
        "INSERT INTO workspace_conversation (id, username, team, title, data_class, wrapped_key,"
            + " kek_id, created_at, updated_at) VALUES (?, ?, ?, 'synthetic', ?, ?, 'test', now(),"
            + " now())",
        id,
        username,
        team,
        dataClass,
        bytes("key"));
    return id;
  }

  /** One run, each in a conversation of its own unless {@link Run#in} says otherwise. */
  public Run run(String username, String team, Instant at) {
    return new Run(username, team, at);
  }

  public void attachment(UUID conversation) {
    update(
        "INSERT INTO workspace_attachment (id, conversation_id, file_name, media_type, size_bytes,"
            + " content_sealed, created_at) VALUES (?, ?, 'note.txt', 'text/plain', 4, ?, now())",
        UUID.randomUUID(),
        conversation,
        bytes("text"));
  }

  public void token(String username) {
    update(
        "INSERT INTO workspace_token (id, username, secret_sha256, created_at) VALUES (?, ?, ?,"
            + " now())",
        UUID.randomUUID().toString(),
        username,
        bytes(UUID.randomUUID().toString()));
  }

  /** A run being described; {@link #save} writes it. */
  public final class Run {
    private final String username;
    private final String team;
    private final Instant at;
    private @Nullable String template;
    private String model = "claude-sonnet-4-5";
    private String dataClass = "INTERNAL";
    private long input = 100;
    private long output = 10;
    private long cacheRead;
    private long cacheWrite;
    private BigDecimal cost = new BigDecimal("0.000450");
    private String masked = "{}";
    private @Nullable UUID conversation;
    private int seq = 1;

    private Run(String username, String team, Instant at) {
      this.username = username;
      this.team = team;
      this.at = at;
    }

    public Run template(String id) {
      this.template = id;
      return this;
    }

    public Run model(String name) {
      this.model = name;
      return this;
    }

    public Run dataClass(String name) {
      this.dataClass = name;
      return this;
    }

    public Run tokens(long in, long out, long read, long write) {
      this.input = in;
      this.output = out;
      this.cacheRead = read;
      this.cacheWrite = write;
      return this;
    }

    public Run cost(String dollars) {
      this.cost = new BigDecimal(dollars);
      return this;
    }

    public Run masked(Map<String, Integer> counts) {
      StringBuilder json = new StringBuilder("{");
      counts.forEach(
          (k, v) ->
              json.append(json.length() > 1 ? "," : "")
                  .append('"')
                  .append(k)
                  .append("\":")
                  .append(v));
      this.masked = json.append('}').toString();
      return this;
    }

    public Run in(UUID conversationId, int seqInIt) {
      this.conversation = conversationId;
      this.seq = seqInIt;
      return this;
    }

    public UUID save() {
      UUID in = conversation != null ? conversation : conversation(username, team, dataClass);
      UUID id = UUID.randomUUID();
      update(
          "INSERT INTO workspace_run (id, conversation_id, seq, username, team, template_id,"
              + " template_version, model, data_class, status, prompt_sealed, masked_counts,"
              + " input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_usd,"
              + " started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETE', ?,"
              + " CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?)",
          id,
          in,
          seq,
          username,
          team,
          template,
          template == null ? null : 1,
          model,
          dataClass,
          bytes("prompt"),
          masked,
          input,
          output,
          cacheRead,
          cacheWrite,
          cost,
          Timestamp.from(at),
          Timestamp.from(at.plusSeconds(2)));
      return id;
    }
  }

  public void update(String sql, @Nullable Object... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not write synthetic workspace rows: " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
