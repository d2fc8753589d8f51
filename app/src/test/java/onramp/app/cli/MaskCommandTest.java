package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import onramp.app.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MaskCommandTest {
  private static final String TEXT =
      "Kim Nguyen (kim@example.net) says order 48392017 was charged twice; SSN 536-22-8147.\n";

  private final StringWriter out = new StringWriter();

  private int run(CommandLine cli, String... args) {
    cli.setOut(new PrintWriter(out));
    return cli.execute(args);
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void printsTheMaskedText() {
    int exit = run(new CommandLine(new MaskCommand(stdin(TEXT))));

    assertThat(exit).isZero();
    assertThat(out.toString())
        .isEqualTo("Kim Nguyen ([EMAIL_1]) says order 48392017 was charged twice; SSN [SSN_1].\n");
  }

  @Test
  void masksTheNamesGivenWithName() {
    int exit = run(new CommandLine(new MaskCommand(stdin(TEXT))), "--name", "Kim Nguyen");

    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("[PERSON_1] ([EMAIL_1]) says order 48392017");
  }

  @Test
  void printsJsonWithTheEntitiesFound() throws Exception {
    int exit = run(new CommandLine(new MaskCommand(stdin(TEXT))), "--json");

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(exit).isZero();
    assertThat(json.get("masked").asText())
        .isEqualTo("Kim Nguyen ([EMAIL_1]) says order 48392017 was charged twice; SSN [SSN_1].\n");
    assertThat(json.get("entities")).hasSize(2);
    JsonNode email = json.get("entities").get(0);
    assertThat(email.get("type").asText()).isEqualTo("EMAIL");
    assertThat(TEXT.substring(email.get("start").asInt(), email.get("end").asInt()))
        .isEqualTo("kim@example.net");
    assertThat(email.get("score").asDouble()).isBetween(0.4, 1.0);
    assertThat(json.get("entities").get(1).get("type").asText()).isEqualTo("SSN");
  }

  @Test
  void isASubcommandOfOnrampReadingStandardInput() {
    InputStream original = System.in;
    try {
      System.setIn(stdin("call me at (312) 555-0187"));
      int exit = run(Main.commandLine(), "mask");

      assertThat(exit).isZero();
      assertThat(out.toString()).isEqualTo("call me at [PHONE_1]");
    } finally {
      System.setIn(original);
    }
  }
}
