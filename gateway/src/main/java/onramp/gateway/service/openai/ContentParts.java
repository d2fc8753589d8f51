package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A message's {@code content} (a string, or an array of parts) as Anthropic content blocks: text,
 * {@code image_url} as an image block (a {@code data:} URL becomes a base64 source, an http(s) URL
 * a {@code url} source), a PDF {@code file} as a document block.
 */
final class ContentParts {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> IMAGE_TYPES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  /** Reads one part into a block; empty when the part adds nothing (an empty text). */
  private interface PartReader {
    Optional<ObjectNode> read(JsonNode part, String path);
  }

  private static final Map<String, PartReader> TEXT = Map.of("text", ContentParts::textPart);
  private static final Map<String, PartReader> USER =
      Map.of(
          "text", ContentParts::textPart,
          "image_url", (part, at) -> Optional.of(image(part.path("image_url"), at + ".image_url")),
          "file", (part, at) -> Optional.of(document(part.path("file"), at + ".file")));
  private static final Map<String, PartReader> ASSISTANT =
      Map.of(
          "text",
          ContentParts::textPart,
          "refusal",
          (part, at) -> textBlock(part.path("refusal").asText("")));

  private ContentParts() {}

  /** The text of a system, developer or tool message; parts are joined by blank lines. */
  static String text(JsonNode content, String path) {
    return blocks(content, path, TEXT, "send text parts only").stream()
        .map(b -> b.path("text").asText())
        .collect(Collectors.joining("\n\n"));
  }

  /** A user message's blocks; empty text is left out, an empty message refused. */
  static List<ObjectNode> user(JsonNode content, String path) {
    List<ObjectNode> blocks =
        blocks(content, path, USER, "send text, image_url or file (PDF) parts");
    if (blocks.isEmpty()) {
      throw ChatCompletionsException.field(path, "is empty; a user message needs text or an image");
    }
    return blocks;
  }

  /** An assistant message's text blocks (text and refusal parts); empty text is left out. */
  static List<ObjectNode> assistant(JsonNode content, String path) {
    return blocks(content, path, ASSISTANT, "send text parts");
  }

  private static List<ObjectNode> blocks(
      JsonNode content, String path, Map<String, PartReader> readers, String advice) {
    List<ObjectNode> blocks = new ArrayList<>();
    if (content.isTextual()) {
      textBlock(content.asText()).ifPresent(blocks::add);
      return blocks;
    }
    if (content.isMissingNode() || content.isNull()) {
      return blocks;
    }
    if (!content.isArray()) {
      throw ChatCompletionsException.field(path, "must be a string or an array of content parts");
    }
    for (int i = 0; i < content.size(); i++) {
      JsonNode part = content.path(i);
      String at = path + "[" + i + "]";
      if (!part.path("type").isTextual()) {
        throw ChatCompletionsException.field(at + ".type", "is required (text, image_url, …)");
      }
      String type = part.path("type").asText();
      PartReader reader = readers.get(type);
      if (reader == null) {
        throw ChatCompletionsException.field(
            at + ".type", "'" + type + "' is not supported here; " + advice);
      }
      reader.read(part, at).ifPresent(blocks::add);
    }
    return blocks;
  }

  private static Optional<ObjectNode> textPart(JsonNode part, String path) {
    if (!part.path("text").isTextual()) {
      throw ChatCompletionsException.field(path + ".text", "must be a string");
    }
    return textBlock(part.path("text").asText());
  }

  /** Empty for empty text: Anthropic refuses empty text blocks. */
  private static Optional<ObjectNode> textBlock(String text) {
    return text.isEmpty()
        ? Optional.empty()
        : Optional.of(NODES.objectNode().put("type", "text").put("text", text));
  }

  private static ObjectNode image(JsonNode imageUrl, String path) {
    JsonNode urlNode = imageUrl.isTextual() ? imageUrl : imageUrl.path("url");
    String at = imageUrl.isTextual() ? path : path + ".url";
    if (!urlNode.isTextual()) {
      throw ChatCompletionsException.field(at, "is required");
    }
    String url = urlNode.asText();
    ObjectNode block = NODES.objectNode().put("type", "image");
    String scheme = url.substring(0, Math.max(0, url.indexOf(':'))).toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "data" -> {
        DataUrl data = DataUrl.parse(url, at);
        String type = data.mediaType().equals("image/jpg") ? "image/jpeg" : data.mediaType();
        if (!IMAGE_TYPES.contains(type)) {
          throw ChatCompletionsException.field(
              at,
              "has media type " + type + "; send one of " + IMAGE_TYPES.stream().sorted().toList());
        }
        base64(block, type, data.base64());
      }
      case "http", "https" -> block.putObject("source").put("type", "url").put("url", url);
      default ->
          throw ChatCompletionsException.field(
              at, "must be a data: URL (data:image/png;base64,…) or an http(s) URL");
    }
    return block;
  }

  private static ObjectNode document(JsonNode file, String path) {
    if (!file.path("file_data").isTextual()) {
      throw ChatCompletionsException.field(
          path + ".file_data",
          "is required: send the PDF as a data: URL (uploaded file_id is not supported)");
    }
    DataUrl data = DataUrl.parse(file.path("file_data").asText(), path + ".file_data");
    if (!data.mediaType().equals("application/pdf")) {
      throw ChatCompletionsException.field(
          path + ".file_data", "has media type " + data.mediaType() + "; only PDF is supported");
    }
    return base64(NODES.objectNode().put("type", "document"), "application/pdf", data.base64());
  }

  private static ObjectNode base64(ObjectNode block, String mediaType, String data) {
    block.putObject("source").put("type", "base64").put("media_type", mediaType).put("data", data);
    return block;
  }

  /** {@code data:<media type>;base64,<data>}; only the base64 form is accepted. */
  private record DataUrl(String mediaType, String base64) {
    static DataUrl parse(String url, String path) {
      int comma = url.indexOf(',');
      boolean isData = url.regionMatches(true, 0, "data:", 0, 5) && comma > 5;
      String head = isData ? url.substring(5, comma) : "";
      if (!head.endsWith(";base64")) {
        throw ChatCompletionsException.field(
            path, "must be a base64 data: URL, e.g. data:image/png;base64,iVBOR…");
      }
      String mediaType = head.substring(0, head.length() - ";base64".length());
      return new DataUrl(mediaType.toLowerCase(Locale.ROOT), url.substring(comma + 1));
    }
  }
}
