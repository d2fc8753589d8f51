package onramp.app.apply;

import java.time.Instant;

/** A stored upload: which document, its name in the application folder, type and size. */
public record StoredDocument(
    DocumentKind kind, String fileName, String mediaType, long sizeBytes, Instant uploadedAt) {}
