package onramp.onboarding.casefile;

import java.util.List;
import onramp.onboarding.decision.Reason;

/** One check of an application; returns the reasons it finds, none when satisfied. */
@FunctionalInterface
public interface Rule {
  List<Reason> check(CaseFile file);
}
