package onramp.gateway.adapter.anthropic;

import com.anthropic.errors.AnthropicInvalidDataException;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import onramp.gateway.RetryAfter;
import onramp.gateway.Vendor;
import onramp.gateway.VendorException;

/** The SDK's exceptions, mapped to the gateway's. */
final class AnthropicErrors {
  private AnthropicErrors() {}

  static VendorException map(Vendor vendor, RuntimeException e, Duration timeout) {
    if (e instanceof AnthropicServiceException s) {
      Optional<Duration> retryAfter =
          RetryAfter.parse(first(s, "retry-after"), first(s, "retry-after-ms"));
      String message = s.apiMessage().orElse(s.getClass().getSimpleName());
      return VendorException.fromStatus(vendor, s.statusCode(), retryAfter, message);
    }
    if (e instanceof AnthropicIoException io) {
      return causedBy(io, InterruptedIOException.class)
          ? VendorException.timeout(vendor, timeout, io)
          : VendorException.network(vendor, io);
    }
    if (e instanceof software.amazon.awssdk.core.exception.SdkClientException) {
      return VendorException.credentials(vendor, e);
    }
    if (e instanceof AnthropicInvalidDataException
        || causedBy(e, com.fasterxml.jackson.core.JacksonException.class)) {
      return VendorException.malformed(vendor, "not a Messages API response", e);
    }
    return VendorException.malformed(vendor, e.getClass().getSimpleName(), e);
  }

  private static Optional<String> first(AnthropicServiceException s, String header) {
    return s.headers().values(header).stream().findFirst();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
