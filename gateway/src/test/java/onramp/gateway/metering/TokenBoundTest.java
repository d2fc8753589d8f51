package onramp.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;

import onramp.gateway.CallMetadata;
import onramp.gateway.Content;
import onramp.gateway.DataClass;
import onramp.gateway.Message;
import onramp.gateway.ModelRequest;
import org.junit.jupiter.api.Test;

class TokenBoundTest {
  private final CallMetadata meta = CallMetadata.of("t", "tool", "u", DataClass.PUBLIC, "p");

  @Test
  void countsUtf8BytesImagesAndFraming() {
    ModelRequest r =
        ModelRequest.builder("m", meta)
            .system("abc") // 3 bytes + 8 framing
            .message(
                Message.user(
                    Content.text("héllo"),
                    Content.image(new byte[] {1}, "image/png"))) // 8 + 6 + 1600
            .build();

    assertThat(TokenBound.of(r)).isEqualTo(3 + 8 + 8 + 6 + 1600);
  }
}
