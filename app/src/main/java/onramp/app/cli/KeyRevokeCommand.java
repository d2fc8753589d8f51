package onramp.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import onramp.app.system.AppException;
import onramp.gateway.admin.KeyAdmin.KeyListing;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./onramp keys revoke KEY_ID}: the key stops working at once. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = "Revoke a key: every gateway instance refuses it from now on.")
final class KeyRevokeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "KEY_ID", description = "The key's id, as `keys list` shows it.")
  String keyId = "";

  @Mixin DataDirOption dataDir = new DataDirOption();

  // picocli injects both before call(); null only for an instance picocli did not make
  @ParentCommand @Nullable KeysCommand parent;
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    CommandSpec cs = Objects.requireNonNull(spec, "picocli's @Spec");
    KeysCommand keys = Objects.requireNonNull(parent, "picocli's @ParentCommand");
    PrintWriter err = cs.commandLine().getErr();
    UUID id;
    try {
      id = UUID.fromString(keyId.strip());
    } catch (IllegalArgumentException e) {
      err.println(
          "onramp keys revoke: '"
              + keyId
              + "' is not a key id; `./onramp keys list` shows each key's id (a UUID)");
      return 2;
    }
    try (KeyDatabase db = KeyDatabase.open(dataDir.resolve(keys.env()), keys.env())) {
      Optional<KeyListing> key = db.keys.find(id);
      if (key.isEmpty()) {
        err.println(
            "onramp keys revoke: there is no key " + id + "; `./onramp keys list` shows them");
        return 2;
      }
      if (!db.keys.revoke(id)) {
        err.println("Key " + id + " (" + key.get().key().hint() + "…) was already revoked.");
        return 0;
      }
      db.audit.append(
          KeyDatabase.actor(),
          KeyDatabase.KEY_REVOKED,
          "gateway-key:" + id,
          Map.of(
              "hint", key.get().key().hint(),
              "before", key.get().state().label(),
              "after", "revoked"));
      err.println("Revoked key " + id + " (" + key.get().key().hint() + "…).");
      return 0;
    } catch (AppException e) {
      err.println("onramp keys revoke: " + e.getMessage());
      return 1;
    }
  }
}
