package onramp.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import onramp.app.system.AppException;
import onramp.gateway.admin.KeyAdmin.KeyListing;
import onramp.gateway.keys.KeyGrant;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./onramp keys list [--json]}: every key, newest first, never a secret. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List every key, newest first, with its state today (active, revoked, expired).")
final class KeyListCommand implements Callable<Integer> {
  static final List<String> HEADER =
      List.of(
          "ID",
          "HINT",
          "TEAM",
          "TOOL",
          "USER",
          "MODELS",
          "DATA CLASS",
          "BUDGET USD",
          "RPM",
          "EXPIRES",
          "CREATED",
          "STATE");

  @Option(names = "--json", description = "Print a JSON array of keys instead of a table.")
  boolean json;

  @Mixin DataDirOption dataDir = new DataDirOption();

  // picocli injects both before call(); null only for an instance picocli did not make
  @ParentCommand @Nullable KeysCommand parent;
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    CommandSpec cs = Objects.requireNonNull(spec, "picocli's @Spec");
    KeysCommand keys = Objects.requireNonNull(parent, "picocli's @ParentCommand");
    PrintWriter out = cs.commandLine().getOut();
    List<KeyListing> listed;
    try (KeyDatabase db = KeyDatabase.open(dataDir.resolve(keys.env()), keys.env())) {
      listed = db.keys.list();
    } catch (AppException e) {
      cs.commandLine().getErr().println("onramp keys list: " + e.getMessage());
      return 1;
    }
    if (json) {
      out.println(
          new ObjectMapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(listed.stream().map(KeyListing::facts).toList()));
    } else {
      List<List<String>> rows = new ArrayList<>();
      rows.add(HEADER);
      listed.forEach(k -> rows.add(row(k)));
      out.print(KeyText.table(rows));
      if (listed.isEmpty()) {
        out.println("(no keys yet: ./onramp keys create --team T --tool T)");
      }
    }
    out.flush();
    return 0;
  }

  private static List<String> row(KeyListing k) {
    KeyGrant g = k.key().grant();
    return List.of(
        k.key().id().toString(),
        k.key().hint(),
        g.team(),
        g.tool(),
        g.user().orElse("-"),
        g.models().isEmpty() ? "(policy)" : KeyText.models(g),
        g.maxDataClass().name(),
        k.budgetLimit().or(g::monthlyBudgetUsd).map(KeyText::dollars).orElse("-"),
        g.requestsPerMinute().map(String::valueOf).orElse("-"),
        g.expires().map(Object::toString).orElse("-"),
        k.key().created().truncatedTo(ChronoUnit.MINUTES).toString(),
        k.state().label());
  }
}
