package onramp.app.apply;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.app.apply.DocumentKind.MediaType;
import onramp.app.system.AuditLog;
import onramp.app.system.encryption.DataKey;
import onramp.app.system.encryption.Envelope;
import onramp.onboarding.application.Application;
import onramp.onboarding.application.ApplicationReader;
import onramp.onboarding.application.InvalidApplicationException;
import onramp.onboarding.policy.Policies;
import onramp.onboarding.policy.Policy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant's side: sign up, upload, submit, see the outcome. Personal data is sealed under the
 * application's data key before it reaches the database or the disk; audit details name documents
 * and outcomes, never people.
 */
@Service
public class Applications {
  private static final Policies POLICIES = Policies.builtIn();
  static final String APPLICANT = "applicant";
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Envelope envelope;
  private final ApplicationKeys keys;
  private final DocumentStore store;
  private final Decisions decisions;
  private final AuditLog audit;
  private final ProcessingQueue queue;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final int maxSubmissions;

  Applications(
      JdbcClient jdbc,
      ObjectMapper json,
      Envelope envelope,
      ApplicationKeys keys,
      DocumentStore store,
      Decisions decisions,
      AuditLog audit,
      ProcessingQueue queue,
      TransactionTemplate tx,
      Clock clock,
      @Value("${onramp.apply.max-submissions:3}") int maxSubmissions) {
    this.maxSubmissions = maxSubmissions;
    this.jdbc = jdbc;
    this.json = json;
    this.envelope = envelope;
    this.keys = keys;
    this.store = store;
    this.decisions = decisions;
    this.audit = audit;
    this.queue = queue;
    this.tx = tx;
    this.clock = clock;
  }

  public NewApplication signUp(SignUp form) {
    Map<String, Object> fields = form.toApplicationJson(clock.instant());
    String text = write(fields);
    Application parsed;
    try {
      parsed = ApplicationReader.parse(text);
    } catch (InvalidApplicationException e) {
      throw new SignUpRejectedException(e.problems());
    }
    UUID id = UUID.randomUUID();
    String token = Tokens.next();
    DataKey key = envelope.newKey(id);
    Map<String, Object> plain =
        Map.of("vehicleClass", parsed.vehicleClass().name(), "licenseState", parsed.licenseState());
    tx.executeWithoutResult(
        status -> {
          jdbc.sql(
                  """
              INSERT INTO application (id, status, applicant, sealed_applicant, wrapped_key, kek_id,
                                       access_token_hash, first_day_of_employment, created_at, updated_at)
              VALUES (:id, :status, CAST(:plain AS jsonb), :sealed, :wrapped, :kek, :token, :firstDay, :now, :now)""")
              .param("now", java.sql.Timestamp.from(clock.instant()))
              .param("id", id)
              .param("status", ApplicationState.DRAFT.name())
              .param("plain", write(plain))
              .param("sealed", key.sealText(APPLICANT, text))
              .param("wrapped", key.wrapped())
              .param("kek", key.kekId())
              .param("token", Tokens.hash(token))
              .param("firstDay", parsed.firstDayOfEmployment())
              .update();
          audit.append(
              "applicant",
              "SIGNED_UP",
              subject(id),
              Map.of("vehicleClass", parsed.vehicleClass().name()));
        });
    return new NewApplication(id, token);
  }

  public Optional<UUID> byToken(String token) {
    if (token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT id FROM application WHERE access_token_hash = :h")
        .param("h", Tokens.hash(token))
        .query(UUID.class)
        .optional();
  }

  /**
   * Stores one document, replacing an earlier upload of the same kind. Reads at most 10 MB + 1 byte
   * of {@code in}: the multipart limit stops larger requests before this, and this is the backstop.
   */
  public StoredDocument upload(UUID id, DocumentKind kind, InputStream in) {
    byte[] bytes = readBounded(in, kind);
    MediaType type = UploadCheck.check(kind, bytes);
    ApplicantView before = view(id);
    if (!before.canUpload()) {
      throw new UploadRejectedException(
          "Your documents are being checked or have been decided; there is"
              + " nothing to upload now.");
    }
    DataKey key = keys.require(id);
    String fileName = kind.fileName(type);
    store.write(id, fileName, key, bytes);
    Optional<String> previous =
        requireNonNull( // the callback returns an Optional, never null
            tx.execute(
                status -> {
                  Optional<String> old =
                      jdbc.sql(
                              "SELECT file_name FROM document WHERE application_id = :id AND kind = :kind")
                          .param("id", id)
                          .param("kind", kind.key())
                          .query(String.class)
                          .optional();
                  jdbc.sql(
                          """
              INSERT INTO document (application_id, kind, file_name, media_type, size_bytes, uploaded_at)
              VALUES (:id, :kind, :file, :type, :size, :now)
              ON CONFLICT (application_id, kind) DO UPDATE SET file_name = EXCLUDED.file_name,
                media_type = EXCLUDED.media_type, size_bytes = EXCLUDED.size_bytes, uploaded_at = :now""")
                      .param("now", java.sql.Timestamp.from(clock.instant()))
                      .param("id", id)
                      .param("kind", kind.key())
                      .param("file", fileName)
                      .param("type", type.mime())
                      .param("size", bytes.length)
                      .update();
                  audit.append(
                      "applicant",
                      "DOCUMENT_UPLOADED",
                      subject(id),
                      Map.of(
                          "document", kind.key(), "mediaType", type.mime(), "bytes", bytes.length));
                  return old;
                }));
    previous.filter(old -> !old.equals(fileName)).ifPresent(old -> store.delete(id, old));
    return documents(id).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
  }

  /**
   * Sends the documents for checking; returns the new round. At most {@code
   * onramp.apply.max-submissions} rounds, so a rejected applicant cannot use the checks as an
   * oracle.
   */
  public int submit(UUID id) {
    ApplicantView view = view(id);
    if (!view.canUpload()) {
      throw new UploadRejectedException(
          "This application is already being checked or has been decided.");
    }
    if (view.round() >= maxSubmissions) {
      throw new SubmissionCapException(maxSubmissions);
    }
    if (!view.complete()) {
      throw new UploadRejectedException(
          "Upload every document first; still missing: "
              + String.join(", ", view.missing().stream().map(DocumentKind::label).toList())
              + ".");
    }
    Integer round =
        tx.execute(
            status -> {
              int next =
                  jdbc.sql(
                          """
              UPDATE application SET round = round + 1, status = :status, submitted_at = :now, updated_at = :now
              WHERE id = :id RETURNING round""")
                      .param("now", java.sql.Timestamp.from(clock.instant()))
                      .param("id", id)
                      .param("status", ApplicationState.RECEIVED.name())
                      .query(Integer.class)
                      .single();
              queue.enqueue(id, next);
              audit.append("applicant", "SUBMITTED", subject(id), Map.of("round", next));
              return next;
            });
    return round == null ? 0 : round;
  }

  /** Where an application stands: its state and its current round (0 before any submission). */
  public record Standing(ApplicationState state, int round) {}

  public Standing standing(UUID id) {
    return jdbc.sql("SELECT status, round FROM application WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Standing(ApplicationState.valueOf(rs.getString("status")), rs.getInt("round")))
        .optional()
        .orElseThrow(() -> new ApplicationNotFoundException(id));
  }

  public ApplicantView view(UUID id) {
    Standing row = standing(id);
    List<StoredDocument> docs = documents(id);
    DataKey key = keys.require(id);
    List<DocumentKind> required = required(applicant(id, key));
    if (row.round() == 0) {
      return ApplicantView.uploading(id, required, docs);
    }
    Optional<DecisionRecord> review = decisions.review(id, row.round(), key);
    Optional<DecisionRecord> latest =
        review.isPresent() ? review : decisions.system(id, row.round(), key);
    return ApplicantView.submitted(id, row.round(), required, docs, latest);
  }

  /**
   * The documents an applicant uploads: what the policy of the licence's jurisdiction asks for (no
   * Form I-9 under the Canadian policy); the US set when the jurisdiction has no policy, so the
   * verifier can say what is wrong with it.
   */
  static List<DocumentKind> required(Map<String, Object> applicant) {
    Object state = applicant.get("licenseState");
    boolean i9 =
        state == null
            || POLICIES.forJurisdiction(state.toString()).map(Policy::requiresFormI9).orElse(true);
    return i9
        ? List.of(DocumentKind.values())
        : List.of(DocumentKind.DL_FRONT, DocumentKind.DL_BACK);
  }

  public List<StoredDocument> documents(UUID id) {
    return jdbc.sql(
            """
            SELECT kind, file_name, media_type, size_bytes, uploaded_at FROM document
            WHERE application_id = :id ORDER BY kind""")
        .param("id", id)
        .query(
            (rs, n) ->
                new StoredDocument(
                    DocumentKind.byKey(rs.getString("kind")).orElseThrow(),
                    rs.getString("file_name"),
                    rs.getString("media_type"),
                    rs.getLong("size_bytes"),
                    rs.getTimestamp("uploaded_at").toInstant()))
        .list();
  }

  /** application.json as the applicant typed it (opened with the data key). */
  public Map<String, Object> applicant(UUID id, DataKey key) {
    byte[] sealed =
        jdbc.sql("SELECT sealed_applicant FROM application WHERE id = :id")
            .param("id", id)
            .query(byte[].class)
            .optional()
            .orElseThrow(() -> new ApplicationNotFoundException(id));
    try {
      return json.readValue(key.openText(APPLICANT, sealed), MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("sealed applicant data is not JSON", e);
    }
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The audit trail's name for an application: {@code application:<id>}. */
  public static String subject(UUID id) {
    return "application:" + id;
  }

  private static byte[] readBounded(InputStream in, DocumentKind kind) {
    try (in) {
      byte[] bytes = in.readNBytes((int) UploadCheck.MAX_BYTES + 1);
      if (bytes.length > UploadCheck.MAX_BYTES) {
        throw UploadCheck.tooLarge(kind.label());
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("The upload was interrupted; send it again.", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
