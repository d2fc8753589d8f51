package onramp.documents.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds a model's typed answer in the readers' schema shape: {@code {"key": {"value",
 * "legible"}}}.
 */
final class Answer {
  static final ObjectMapper JSON = new ObjectMapper();
  private final ObjectNode node = JSON.createObjectNode();

  static Answer of() {
    return new Answer();
  }

  /** The answer a careful model gives for {@link ModelFixture#marisol()}. */
  static Answer marisol() {
    return of().put("licenseNumber", "R9930417")
        .put("lastName", "QUINTERO")
        .put("firstName", "MARISOL")
        .put("middleName", "ANN")
        .put("dateOfBirth", "1990-07-04")
        .put("issueDate", "2023-02-10")
        .put("expirationDate", "2031-07-04")
        .put("sex", "F")
        .put("heightInches", 64)
        .put("licenseClass", "C")
        .put("endorsements", "NONE")
        .put("restrictions", "NONE");
  }

  Answer put(String key, String value) {
    node.putObject(key).put("value", value).put("legible", true);
    return this;
  }

  Answer put(String key, int value) {
    node.putObject(key).put("value", value).put("legible", true);
    return this;
  }

  Answer put(String key, boolean value) {
    node.putObject(key).put("value", value).put("legible", true);
    return this;
  }

  Answer absent(String key) {
    node.putObject(key).putNull("value").put("legible", true);
    return this;
  }

  Answer illegible(String key, String guess) {
    node.putObject(key).put("value", guess).put("legible", false);
    return this;
  }

  /** A property the schema does not ask for. */
  Answer extra(String key, String value) {
    node.put(key, value);
    return this;
  }

  ObjectNode json() {
    return node.deepCopy();
  }
}
