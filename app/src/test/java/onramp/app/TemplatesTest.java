package onramp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A page that names a Java type ({@code T(onramp...)}) breaks only at run time when it moves. */
class TemplatesTest {
  private static final Pattern TYPE = Pattern.compile("T\\((onramp\\.[\\w.$]+)\\)");

  @Test
  void everyTypeATemplateNamesExists() throws IOException {
    List<String> missing;
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      missing =
          templates
              .filter(p -> p.toString().endsWith(".html"))
              .flatMap(TemplatesTest::typesNamed)
              .filter(name -> !exists(name))
              .toList();
    }

    assertThat(missing).isEmpty();
  }

  private static Stream<String> typesNamed(Path template) {
    try {
      Matcher m = TYPE.matcher(Files.readString(template, StandardCharsets.UTF_8));
      return m.results().map(r -> template.getFileName() + ": " + r.group(1)).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean exists(String found) {
    try {
      Class.forName(found.substring(found.indexOf(": ") + 2));
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
