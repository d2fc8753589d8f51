package onramp.devtools.review;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code ./onramp ts review} is asked to review.
 *
 * @param repo the repository's working tree (its root or a directory inside it)
 * @param base the commit or branch to compare against; empty means the merge-base of HEAD with the
 *     default branch
 */
public record ReviewRequest(Path repo, Optional<String> base) {
  public ReviewRequest {
    base = base.map(String::strip).filter(b -> !b.isEmpty());
  }
}
