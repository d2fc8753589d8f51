package onramp.app.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import onramp.app.system.AppException;
import onramp.gateway.admin.KeyAdmin.KeyListing;
import onramp.gateway.admin.KeyGrantInput;
import onramp.gateway.admin.KeyState;
import onramp.gateway.keys.IssuedKey;
import onramp.gateway.keys.KeyGrant;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./onramp keys create}: the secret on stdout, once; what it allows on stderr. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Create a virtual key. Its secret is printed on stdout, on a line of its own, once: it is"
          + " not stored. What the key allows is printed on stderr."
    })
final class KeyCreateCommand implements Callable<Integer> {
  @Option(names = "--team", required = true, paramLabel = "T", description = "Team charged.")
  String team = "";

  @Option(names = "--tool", required = true, paramLabel = "T", description = "Tool using it.")
  String tool = "";

  @Option(names = "--user", paramLabel = "U", description = "The person, for a personal key.")
  Optional<String> user = Optional.empty();

  @Option(
      names = "--budget-usd",
      paramLabel = "N",
      description = "Its own monthly budget in dollars, on top of the team's and the tool's.")
  Optional<String> budgetUsd = Optional.empty();

  @Option(
      names = "--data-class",
      paramLabel = "C",
      description = "Highest data class: PUBLIC, INTERNAL (default), CUSTOMER, RESTRICTED.")
  Optional<String> dataClass = Optional.empty();

  @Option(
      names = "--models",
      paramLabel = "M,...",
      description = "Models it may call, by gateway name; default: whatever the policy allows.")
  Optional<String> models = Optional.empty();

  @Option(names = "--rpm", paramLabel = "N", description = "Requests per minute it may make.")
  Optional<String> requestsPerMinute = Optional.empty();

  @Option(
      names = "--expires",
      paramLabel = "YYYY-MM-DD",
      description = "The last day it works (UTC).")
  Optional<String> expires = Optional.empty();

  @Mixin DataDirOption dataDir = new DataDirOption();

  // picocli injects both before call(); null only for an instance picocli did not make
  @ParentCommand @Nullable KeysCommand parent;
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    CommandSpec cs = Objects.requireNonNull(spec, "picocli's @Spec");
    KeysCommand keys = Objects.requireNonNull(parent, "picocli's @ParentCommand");
    PrintWriter out = cs.commandLine().getOut();
    PrintWriter err = cs.commandLine().getErr();
    KeyGrantInput input =
        new KeyGrantInput(
            team, tool, user, budgetUsd, dataClass, models, requestsPerMinute, expires);
    KeyGrant grant;
    try {
      grant = input.toGrant(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    } catch (IllegalArgumentException e) {
      err.println("onramp keys create: " + e.getMessage());
      return 2;
    }
    try (KeyDatabase db = KeyDatabase.open(dataDir.resolve(keys.env()), keys.env())) {
      IssuedKey issued = db.keys.issue(grant);
      KeyListing listing = new KeyListing(issued.key(), KeyState.ACTIVE, grant.monthlyBudgetUsd());
      db.audit.append(
          KeyDatabase.actor(),
          KeyDatabase.KEY_CREATED,
          "gateway-key:" + issued.key().id(),
          listing.facts());
      out.println(issued.secret());
      out.flush();
      err.println("Created key " + issued.key().id() + " (" + issued.key().hint() + "…)");
      err.println("  " + KeyText.grant(grant));
      err.println("The secret above is shown once and is not stored: hand it to its owner now.");
      err.flush();
      return 0;
    } catch (AppException e) {
      err.println("onramp keys create: " + e.getMessage());
      return 1;
    }
  }
}
