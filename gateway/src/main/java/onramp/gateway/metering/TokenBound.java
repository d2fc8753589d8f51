package onramp.gateway.metering;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import onramp.gateway.Content;
import onramp.gateway.Message;
import onramp.gateway.ModelRequest;

/**
 * An upper bound on a request's input tokens, without a tokenizer: a token covers at least one
 * UTF-8 byte, an image costs at most {@value #IMAGE_TOKENS} tokens (vendors downscale larger
 * images), and each message adds framing.
 */
public final class TokenBound {
  static final int IMAGE_TOKENS = 1600;
  static final int PER_MESSAGE = 8;

  private TokenBound() {}

  public static long of(ModelRequest request) {
    long bound = request.system().map(TokenBound::bytes).orElse(0L) + PER_MESSAGE;
    bound += request.output().map(o -> bytes(o.schema().toString()) + PER_MESSAGE).orElse(0L);
    for (Message m : request.messages()) {
      bound += PER_MESSAGE;
      for (Content c : m.content()) {
        bound +=
            switch (c) {
              case Content.Text t -> bytes(t.text());
              case Content.Image i -> IMAGE_TOKENS;
            };
      }
    }
    return bound;
  }

  /**
   * The same bound for an Anthropic Messages request body: every byte of its JSON except image
   * data, which counts {@value #IMAGE_TOKENS} per image. Generous (keys and punctuation count too),
   * never short.
   */
  public static long ofMessages(JsonNode body) {
    long[] images = {0};
    long imageBytes = imageBytes(body, images);
    return Math.max(0, bytes(body.toString()) - imageBytes) + images[0] * IMAGE_TOKENS;
  }

  private static long imageBytes(JsonNode node, long[] images) {
    if (node.isObject()) {
      if ("image".equals(node.path("type").asText())
          && node.path("source").path("data").isTextual()) {
        images[0]++;
        return node.path("source").path("data").asText().length();
      }
      long sum = 0;
      for (JsonNode child : node) {
        sum += imageBytes(child, images);
      }
      return sum;
    }
    if (node.isArray()) {
      long sum = 0;
      for (JsonNode child : node) {
        sum += imageBytes(child, images);
      }
      return sum;
    }
    return 0;
  }

  private static long bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
