package onramp.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.DataClass;
import onramp.gateway.Usage;
import onramp.gateway.masking.Replacement;

/**
 * A run as the employee sees it.
 *
 * @param answer the answer, unmasked (part of it when {@code status} is PARTIAL)
 * @param error what went wrong, for PARTIAL, FAILED and REFUSED
 * @param masked what was replaced before the text left (empty for PUBLIC and INTERNAL)
 */
public record RunResult(
    UUID id,
    UUID conversation,
    int seq,
    RunStatus status,
    String prompt,
    String answer,
    Optional<String> error,
    List<Replacement> masked,
    Usage usage,
    BigDecimal costUsd,
    String model,
    DataClass dataClass,
    Optional<RunRequest.TemplateRef> template,
    Instant startedAt,
    Optional<Long> firstTokenMs,
    List<AttachmentInfo> attachments) {

  /** The same run naming its template as given (stored runs know only the template's id). */
  public RunResult withTemplate(Optional<RunRequest.TemplateRef> named) {
    return new RunResult(
        id,
        conversation,
        seq,
        status,
        prompt,
        answer,
        error,
        masked,
        usage,
        costUsd,
        model,
        dataClass,
        named,
        startedAt,
        firstTokenMs,
        attachments);
  }

  /** An attachment without its contents. */
  public record AttachmentInfo(
      UUID id, String fileName, String mediaType, int pages, long sizeBytes) {}
}
