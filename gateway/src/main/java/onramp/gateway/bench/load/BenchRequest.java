package onramp.gateway.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * The request every target gets: a realistic Messages call of about 1 KB from a support tool, with
 * a synthetic rider's e-mail address and phone number in it (sent as CUSTOMER data, so the gateway
 * masks them on the way out and restores them in the answer).
 */
final class BenchRequest {
  static final String EMAIL = "jordan.testrider@example.com";
  static final String PHONE = "(415) 555-0134";
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchRequest() {}

  static byte[] body(boolean stream) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", BenchGateway.MODEL);
    body.put("max_tokens", 400);
    if (stream) {
      body.put("stream", true);
    }
    body.put(
        "system",
        "You are the support assistant of Theoretical Ride Sharing. Answer riders politely and"
            + " briefly, in plain language. Never promise refunds above the fare; offer a ride"
            + " credit instead when the rider was overcharged.");
    body.putArray("messages")
        .addObject()
        .put("role", "user")
        .put(
            "content",
            "Rider message from the help form, trip 88412 on 2026-03-14 (airport to downtown):"
                + " Hi, I was charged twice for my ride on Saturday evening. The first charge was"
                + " $38.20 and then another $38.20 showed up an hour later. The driver was great,"
                + " the route was fine, it is only the double charge. Please refund the second"
                + " one to my card ending 4421. You can reach me at "
                + EMAIL
                + " or call me on "
                + PHONE
                + " after 5pm. I use the app on Android, version 4.2.1. Thanks!"
                + " Draft a reply that confirms the duplicate charge, says when the refund"
                + " arrives, and thanks the rider for their patience.");
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }
}
