package onramp.workspace.templates;

import java.util.List;

/**
 * Who besides the owner team sees a template: everyone, or the teams listed (the owner team always
 * does).
 */
public record Sharing(boolean everyone, List<String> teams) {

  public Sharing {
    teams = everyone ? List.of() : teams.stream().map(String::strip).distinct().sorted().toList();
  }

  public static Sharing withEveryone() {
    return new Sharing(true, List.of());
  }

  public static Sharing withTeams(List<String> teams) {
    return new Sharing(false, teams);
  }

  /** Only the owner team. */
  public static Sharing ownerOnly() {
    return new Sharing(false, List.of());
  }
}
