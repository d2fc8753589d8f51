package onramp.onboarding;

import java.util.List;

/** One check of an application; returns the reasons it finds, none when satisfied. */
@FunctionalInterface
public interface Rule {
  List<Reason> check(CaseFile file);
}
