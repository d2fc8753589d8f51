package onramp.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import onramp.gateway.masking.DetectedEntity;
import onramp.gateway.masking.MaskingContext;
import onramp.gateway.masking.MaskingSession;
import onramp.gateway.masking.PatternMasker;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./onramp mask [--json] [--name NAME]...}: text on stdin, masked text on stdout. */
@Command(
    name = "mask",
    mixinStandardHelpOptions = true,
    description = {
      "Mask personal data as the gateway does: text on stdin, masked text on stdout.",
      "Placeholders such as [SSN_1]; ordinary numbers (orders, amounts, versions, plain dates) stay."
    })
public final class MaskCommand implements Callable<Integer> {
  @Option(
      names = "--json",
      description = "Print {\"masked\": ..., \"entities\": [{type, start, end, score}]}.")
  boolean json;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "A person's name to mask (full, first or last; any case or accents). Repeatable.")
  List<String> names = List.of();

  // picocli injects it before call(); null only for an instance picocli did not make
  @Spec @Nullable CommandSpec spec;

  private final InputStream in;

  public MaskCommand() {
    this(System.in);
  }

  MaskCommand(InputStream in) {
    this.in = in;
  }

  @Override
  public Integer call() throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    MaskingSession session = PatternMasker.standard().open(new MaskingContext(names));
    String masked = session.mask(text);
    PrintWriter out = Objects.requireNonNull(spec, "picocli's @Spec").commandLine().getOut();
    if (json) {
      out.println(toJson(masked, session.entities()));
    } else {
      out.print(masked);
    }
    out.flush();
    return 0;
  }

  private static String toJson(String masked, List<DetectedEntity> entities) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode().put("masked", masked);
    ArrayNode list = root.putArray("entities");
    for (DetectedEntity e : entities) {
      list.addObject()
          .put("type", e.type().name())
          .put("start", e.start())
          .put("end", e.end())
          .put("score", e.score());
    }
    return mapper.writeValueAsString(root);
  }
}
