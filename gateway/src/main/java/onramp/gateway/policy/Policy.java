package onramp.gateway.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.PolicyRefusedException.Reason;
import onramp.gateway.Vendor;

/**
 * The model-use policy: known models and their routes, the allowlist, reviewed exceptions, and the
 * data classes each vendor's processing agreement covers. Immutable; reload by building a new one.
 */
public final class Policy {
  private final Map<String, ModelRoute> routes;
  private final Map<Vendor, Set<DataClass>> agreements;
  private final List<ExceptionGrant> exceptions;

  private Policy(
      Map<String, ModelRoute> routes,
      Map<Vendor, Set<DataClass>> agreements,
      List<ExceptionGrant> exceptions) {
    this.routes = Map.copyOf(routes);
    this.agreements = Map.copyOf(agreements);
    this.exceptions = List.copyOf(exceptions);
  }

  /**
   * @param routes every model the gateway knows, by gateway name
   * @param agreements for each vendor, the data classes its processing agreement covers
   * @param exceptions reviewed exceptions for models not on the allowlist
   */
  public static Policy of(
      List<ModelRoute> routes,
      Map<Vendor, Set<DataClass>> agreements,
      List<ExceptionGrant> exceptions) {
    Map<String, ModelRoute> byName = new java.util.HashMap<>();
    for (ModelRoute r : routes) {
      if (byName.put(r.model(), r) != null) {
        throw new IllegalArgumentException("model " + r.model() + " is configured twice");
      }
    }
    return new Policy(byName, agreements, exceptions);
  }

  /**
   * Decides whether a request may go out, and where.
   *
   * @throws PolicyRefusedException with the reason and what to do about it
   */
  public ModelRoute admit(String model, CallMetadata meta, Instant now) {
    ModelRoute route =
        Optional.ofNullable(routes.get(model))
            .orElseThrow(
                () ->
                    new PolicyRefusedException(
                        Reason.MODEL_UNKNOWN,
                        "model '"
                            + model
                            + "' is not configured in the gateway; known models: "
                            + new java.util.TreeSet<>(routes.keySet())));
    if (!route.allowed()) {
      checkException(route, meta, LocalDate.ofInstant(now, ZoneOffset.UTC));
    }
    Set<DataClass> covered = agreements.getOrDefault(route.vendor(), Set.of());
    if (!covered.contains(meta.dataClass())) {
      throw new PolicyRefusedException(
          Reason.DATA_CLASS_NOT_COVERED,
          meta.dataClass()
              + " data may not be sent to "
              + route.vendor()
              + ": its processing agreement covers only "
              + new java.util.TreeSet<>(covered)
              + ". Use a model served through a vendor that covers "
              + meta.dataClass()
              + ", or remove that data from the request");
    }
    return route;
  }

  private void checkException(ModelRoute route, CallMetadata meta, LocalDate today) {
    List<ExceptionGrant> matching =
        exceptions.stream().filter(g -> g.covers(route, meta.purpose())).toList();
    if (matching.stream().anyMatch(g -> g.validOn(today))) {
      return;
    }
    if (!matching.isEmpty()) {
      ExceptionGrant last =
          matching.stream().max(java.util.Comparator.comparing(ExceptionGrant::expires)).get();
      throw new PolicyRefusedException(
          Reason.EXCEPTION_EXPIRED,
          "the exception for "
              + route.model()
              + " on "
              + route.vendor()
              + " for purpose '"
              + meta.purpose()
              + "' ("
              + last.ticket()
              + ", approved by "
              + last.approver()
              + ") expired on "
              + last.expires()
              + "; ask ML review to renew it");
    }
    throw new PolicyRefusedException(
        Reason.MODEL_NOT_ALLOWED,
        "model "
            + route.model()
            + " on "
            + route.vendor()
            + " is not on the allowlist and has no exception for purpose '"
            + meta.purpose()
            + "'; use an allowed model "
            + allowedModels()
            + " or ask ML review for an exception");
  }

  /** The models callable without an exception. */
  public java.util.SortedSet<String> allowedModels() {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    routes.values().stream().filter(ModelRoute::allowed).forEach(r -> out.add(r.model()));
    return out;
  }

  /** Every configured model's route, by model name. */
  public List<ModelRoute> routes() {
    return routes.values().stream()
        .sorted(java.util.Comparator.comparing(ModelRoute::model))
        .toList();
  }

  /**
   * This policy with other routes and exceptions, the processing agreements unchanged: how changes
   * made at run time (allowlist switches, exceptions granted by ML review) are applied.
   */
  public Policy with(List<ModelRoute> newRoutes, List<ExceptionGrant> newExceptions) {
    return of(newRoutes, agreements, newExceptions);
  }

  /**
   * The data classes the processing agreement of {@code model}'s vendor covers (none if unknown).
   */
  public Set<DataClass> covers(String model) {
    return route(model).map(r -> agreements.getOrDefault(r.vendor(), Set.of())).orElse(Set.of());
  }

  public Optional<ModelRoute> route(String model) {
    return Optional.ofNullable(routes.get(model));
  }

  public List<ExceptionGrant> exceptions() {
    return exceptions;
  }
}
