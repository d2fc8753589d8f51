package onramp.app.gatewayadmin;

import org.jspecify.annotations.Nullable;

/**
 * An exception decision from the page's form or the API's JSON.
 *
 * @param status GRANTED or REFUSED
 * @param vendor the vendor serving the model; for a grant it may be left out (the model's vendor)
 * @param approver the ML reviewer who decided; left out: the person signed in
 * @param expires the last day a grant works, {@code YYYY-MM-DD}
 */
public record ExceptionForm(
    @Nullable String status,
    @Nullable String vendor,
    @Nullable String model,
    @Nullable String purpose,
    @Nullable String approver,
    @Nullable String ticket,
    @Nullable String expires,
    @Nullable String note) {}
