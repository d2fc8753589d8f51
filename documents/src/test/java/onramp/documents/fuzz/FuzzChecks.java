package onramp.documents.fuzz;

import onramp.documents.DocumentException;

/** What every refusal must be: a message for a person, naming no Java class. */
final class FuzzChecks {
  private FuzzChecks() {}

  static void readableMessage(DocumentException refused) {
    String message = refused.getMessage();
    if (message == null || message.isBlank()) {
      throw new IllegalStateException("a refusal without a message", refused);
    }
    if (message.contains("Exception") || message.contains("java.") || message.contains("Error:")) {
      throw new IllegalStateException("a refusal that names a Java class: " + message, refused);
    }
  }
}
