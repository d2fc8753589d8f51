package onramp.gateway.keys;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where virtual keys live: in memory for tests and the CLI, PostgreSQL for the service. */
public interface KeyStore {

  /** Makes a key; its secret is in the result only. */
  IssuedKey issue(KeyGrant grant);

  /**
   * The key whose secret was presented, if it exists, whatever its state: the caller tells a
   * revoked or expired key from an unknown one.
   */
  Optional<VirtualKey> find(String presentedSecret);

  /** Every key, newest first, revoked ones included. */
  List<VirtualKey> list();

  /**
   * Revokes a key from now on.
   *
   * @return false when there is no such key or it was already revoked
   */
  boolean revoke(UUID id);
}
