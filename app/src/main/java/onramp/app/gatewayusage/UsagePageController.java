package onramp.app.gatewayusage;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import onramp.gateway.usage.Period;
import onramp.gateway.usage.UsageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/gateway/usage?month=YYYY-MM}: one month of gateway usage, charts and tables. */
@Controller
class UsagePageController {
  private final UsageQuery usage;
  private final Clock clock;

  UsagePageController(UsageQuery usage, Clock clock) {
    this.usage = usage;
    this.clock = clock;
  }

  @GetMapping("/admin/gateway/usage")
  String page(@RequestParam Optional<String> month, Model model) {
    YearMonth current = UsageParameters.currentMonth(clock);
    YearMonth shown;
    try {
      shown = month.map(m -> Period.parseMonth(m).month().orElseThrow()).orElse(current);
    } catch (IllegalArgumentException e) {
      throw UsageParameters.refused(e, "/admin/gateway/usage?month=2026-03");
    }
    model.addAttribute("v", UsageView.of(usage, shown, current));
    return "gateway-usage";
  }
}
