package onramp.gateway.policy;

import onramp.gateway.Vendor;

/**
 * Where a gateway model name goes.
 *
 * @param model the gateway's name, what callers ask for ({@code claude-sonnet-4-5})
 * @param vendor the configured vendor that serves it
 * @param vendorModelId the vendor's id, e.g. a Bedrock cross-region inference profile {@code
 *     us.anthropic.claude-sonnet-4-5-20250929-v1:0}
 * @param allowed on the allowlist; a model not allowed needs an {@link ExceptionGrant}
 */
public record ModelRoute(String model, Vendor vendor, String vendorModelId, boolean allowed) {
  public static ModelRoute allowed(String model, Vendor vendor, String vendorModelId) {
    return new ModelRoute(model, vendor, vendorModelId, true);
  }

  public static ModelRoute byExceptionOnly(String model, Vendor vendor, String vendorModelId) {
    return new ModelRoute(model, vendor, vendorModelId, false);
  }
}
