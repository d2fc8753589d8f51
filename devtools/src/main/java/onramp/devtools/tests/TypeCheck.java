package onramp.devtools.tests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.devtools.exec.Command;
import onramp.devtools.exec.ScratchCopy;
import onramp.devtools.exec.ToolException;

/**
 * Type-checks proposed test files with the repository's own {@code tsc --noEmit}, in one run: a
 * config beside the repository's {@code tsconfig.json} extends it and lists only the proposed files
 * (their imports come along), so test files the repository's config leaves out are checked too,
 * under the same compiler options. Errors elsewhere (already in the repository) are ignored.
 */
final class TypeCheck {
  static final String CONFIG = "tsconfig.onramp-tests.json";
  private static final Pattern DIAGNOSTIC =
      Pattern.compile("^(.+?)\\((\\d+),(\\d+)\\): error (TS\\d+): (.*)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private TypeCheck() {}

  /** The type errors of each of {@code testFiles} (relative to the root); no key: it compiles. */
  static Map<String, List<String>> errors(
      ScratchCopy scratch, Collection<String> testFiles, Limits limits) {
    Path root = scratch.root();
    Path config = root.resolve(CONFIG);
    ObjectNode tsconfig = JSON.createObjectNode();
    ObjectNode options;
    if (Files.isRegularFile(root.resolve("tsconfig.json"))) {
      tsconfig.put("extends", "./tsconfig.json");
      options = tsconfig.putObject("compilerOptions");
    } else {
      options =
          tsconfig
              .putObject("compilerOptions")
              .put("strict", true)
              .put("target", "ES2022")
              .put("module", "ESNext")
              .put("moduleResolution", "Bundler")
              .put("skipLibCheck", true);
    }
    options.put("noEmit", true);
    tsconfig.putArray("include");
    ArrayNode files = tsconfig.putArray("files");
    testFiles.forEach(files::add);
    scratch.write(CONFIG, tsconfig.toPrettyString());
    Command.Result r =
        Command.of(
                "tsc",
                root,
                List.of(
                    root.resolve(NodeTools.TSC).toString(),
                    "--noEmit",
                    "--pretty",
                    "false",
                    "-p",
                    config.toString()))
            .run(limits.typeCheck(), NodeTools.FIX);
    Map<String, List<String>> errors = new HashMap<>();
    List<String> unplaced = new ArrayList<>();
    for (String line : (r.stdout() + "\n" + r.stderr()).lines().toList()) {
      Matcher m = DIAGNOSTIC.matcher(line);
      if (m.matches()) {
        String file = m.group(1).replace('\\', '/');
        if (testFiles.contains(file)) {
          errors
              .computeIfAbsent(file, k -> new ArrayList<>())
              .add("line " + m.group(2) + ": " + m.group(4) + " " + m.group(5));
        }
      } else if (line.startsWith("error TS")) {
        unplaced.add(line);
      }
    }
    if (!unplaced.isEmpty()) {
      throw new ToolException(
          ToolException.Kind.FAILED,
          "tsc could not check the proposed tests with the repository's tsconfig.json: "
              + String.join("; ", unplaced));
    }
    return errors;
  }
}
