package onramp.onboarding.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents of one application, as the applicant uploaded them, under their names in the
 * application folder layout (DESIGN.md). The verifier reads nothing else: the service hands them
 * over in memory ({@link #of}), {@code ./onramp verify} names the files of a folder ({@link
 * #inFolder}).
 *
 * @param application names the application in the decision and in the model gateway's audit (a
 *     folder name or an id, never a person's name)
 */
public record Documents(String application, List<Document> files) {
  private static final List<String> IMAGE_EXTENSIONS = List.of(".png", ".jpg", ".jpeg");
  private static final List<String> DOCUMENT_EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".pdf");
  private static final Pattern I9_PAGE = Pattern.compile("i9-page(\\d+)\\.(png|jpe?g)");

  public Documents {
    files = List.copyOf(files);
  }

  /** Documents held in memory, by file name ({@code dl-front.png} → its bytes). */
  public static Documents of(String application, Map<String, byte[]> files) {
    return new Documents(
        application,
        files.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .<Document>map(e -> new Document.InMemory(e.getKey(), e.getValue()))
            .toList());
  }

  /**
   * The PNG, JPEG and PDF files of an application folder, read only when a reader asks for them.
   *
   * @throws UncheckedIOException when the folder cannot be listed
   */
  public static Documents inFolder(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return new Documents(
          String.valueOf(folder.getFileName()),
          entries
              .filter(Files::isRegularFile)
              .filter(Documents::looksLikeADocument)
              .sorted(Comparator.comparing(p -> String.valueOf(p.getFileName())))
              .<Document>map(Document.InFolder::new)
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Document> named(String name) {
    return files.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The image {@code stem}.png, else .jpg, else .jpeg ({@code dl-front}, {@code dl-back}). */
  public Optional<Document> image(String stem) {
    return IMAGE_EXTENSIONS.stream()
        .map(ext -> named(stem + ext))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The pages of a scanned Form I-9 ({@code i9-page1.png}, {@code i9-page2.jpg}…) in order. */
  public List<Document> i9Pages() {
    return files.stream()
        .filter(d -> I9_PAGE.matcher(d.name()).matches())
        .sorted(Comparator.comparingInt(Documents::pageNumber))
        .toList();
  }

  private static int pageNumber(Document d) {
    Matcher m = I9_PAGE.matcher(d.name());
    return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }

  private static boolean looksLikeADocument(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return DOCUMENT_EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
