package onramp.devtools.dx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Fates from GitHub reactions on the review's comments. The file is what GitHub's API returns for a
 * pull request's review comments ({@code gh api repos/O/R/pulls/N/comments > comments.json}): an
 * array of comments, each with {@code path}, {@code line} (the last line), {@code start_line} and
 * {@code reactions} — either the roll-up object GitHub embeds ({@code {"+1": 2, "-1": 0, …}}) or an
 * array of reaction objects ({@code [{"content": "+1", …}]}, from {@code
 * …/pulls/comments/ID/reactions}). A comment matches the run's finding on the same file whose last
 * line is {@code line} (and first line {@code start_line}, when given). More 👍 than 👎 accepts the
 * finding, more 👎 than 👍 dismisses it; other reactions and ties say nothing.
 */
public final class GitHubReactions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GitHubReactions() {}

  /** What an import did. */
  public record Result(int comments, int accepted, int dismissed, int unmatched) {}

  public static Result importFile(DxStore store, UUID run, Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new DxException(
          file
              + " is not JSON (line "
              + e.getLocation().getLineNr()
              + "): "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new DxException(file + " could not be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new DxException(
          file
              + " is not a JSON array of review comments; save the output of"
              + " gh api repos/OWNER/REPO/pulls/N/comments");
    }
    List<DxStore.StoredFinding> findings =
        store
            .findings(java.time.Instant.EPOCH, java.time.Instant.parse("9999-12-31T00:00:00Z"))
            .stream()
            .filter(f -> f.run().equals(run))
            .toList();
    if (findings.isEmpty()) {
      throw new DxException("Run " + run + " is unknown or has no findings to match reactions to.");
    }
    int accepted = 0;
    int dismissed = 0;
    int unmatched = 0;
    for (JsonNode c : root) {
      String path = c.path("path").asText("");
      int line = c.path("line").asInt(c.path("original_line").asInt(0));
      int start = c.path("start_line").isNumber() ? c.path("start_line").asInt() : -1;
      Optional<DxStore.StoredFinding> match =
          findings.stream()
              .filter(f -> f.file().equals(path) && f.lines().end() == line)
              .filter(f -> start < 0 || f.lines().start() == start)
              .findFirst();
      if (match.isEmpty()) {
        unmatched++;
        continue;
      }
      int up = count(c.path("reactions"), "+1");
      int down = count(c.path("reactions"), "-1");
      if (up == down) {
        continue;
      }
      Fate fate = up > down ? Fate.ACCEPTED : Fate.DISMISSED;
      store.recordFate(
          run, match.get().n(), fate, Fate.Origin.GITHUB, Optional.of(c.path("id").asText("")));
      if (fate == Fate.ACCEPTED) {
        accepted++;
      } else {
        dismissed++;
      }
    }
    return new Result(root.size(), accepted, dismissed, unmatched);
  }

  private static int count(JsonNode reactions, String content) {
    if (reactions.isArray()) {
      int n = 0;
      for (JsonNode r : reactions) {
        if (content.equals(r.path("content").asText())) {
          n++;
        }
      }
      return n;
    }
    return reactions.path(content).asInt(0);
  }
}
