package onramp.gateway.keys;

class InMemoryKeyStoreTest extends KeyStoreContract {
  private final KeyStore store = InMemoryKeyStore.create(clock);

  @Override
  protected KeyStore store() {
    return store;
  }
}
