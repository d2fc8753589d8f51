package onramp.workspace.templates;

import java.time.Instant;

/** One line of a template's history. */
public record TemplateVersion(
    int version, String name, String createdBy, Instant createdAt, String changeNote) {}
