package onramp.gateway.keys;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Keys in memory, by the hash of their secret. */
public final class InMemoryKeyStore implements KeyStore {
  private final Clock clock;
  private final Map<String, VirtualKey> byHash = new ConcurrentHashMap<>();

  private InMemoryKeyStore(Clock clock) {
    this.clock = clock;
  }

  public static InMemoryKeyStore create(Clock clock) {
    return new InMemoryKeyStore(clock);
  }

  @Override
  public IssuedKey issue(KeyGrant grant) {
    String secret = Secrets.generate();
    VirtualKey key =
        new VirtualKey(
            UUID.randomUUID(), Secrets.hint(secret), grant, clock.instant(), Optional.empty());
    byHash.put(Secrets.hash(secret), key);
    return new IssuedKey(key, secret);
  }

  @Override
  public Optional<VirtualKey> find(String presentedSecret) {
    if (!Secrets.wellFormed(presentedSecret)) {
      return Optional.empty();
    }
    return Optional.ofNullable(byHash.get(Secrets.hash(presentedSecret)));
  }

  @Override
  public List<VirtualKey> list() {
    return byHash.values().stream()
        .sorted(Comparator.comparing(VirtualKey::created).reversed())
        .toList();
  }

  @Override
  public synchronized boolean revoke(UUID id) {
    for (Map.Entry<String, VirtualKey> e : byHash.entrySet()) {
      VirtualKey k = e.getValue();
      if (k.id().equals(id) && k.revoked().isEmpty()) {
        e.setValue(
            new VirtualKey(k.id(), k.hint(), k.grant(), k.created(), Optional.of(clock.instant())));
        return true;
      }
    }
    return false;
  }
}
