package onramp.devtools.dx;

/** What became of a finding. */
public enum Fate {
  /** A person said it was right ({@code ts feedback … accept}, or a 👍 on its GitHub comment). */
  ACCEPTED,
  /** A person said it was wrong or not worth it ({@code dismiss}, or a 👎). */
  DISMISSED,
  /** A later commit changed the finding's lines. */
  FIXED;

  /** Where a fate came from; a person's word counts over a reaction, a reaction over git. */
  public enum Origin {
    CLI,
    GITHUB,
    GIT
  }
}
