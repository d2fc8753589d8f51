package onramp.gateway.admin;

class InMemoryPolicyStoreTest extends PolicyStoreContract {
  private final PolicyStore store = InMemoryPolicyStore.create(clock);

  @Override
  protected PolicyStore store() {
    return store;
  }
}
