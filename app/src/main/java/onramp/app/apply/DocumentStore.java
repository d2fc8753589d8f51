package onramp.app.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import onramp.app.system.DataDirectory;
import onramp.app.system.encryption.DataKey;
import org.springframework.stereotype.Component;

/**
 * Documents on disk, each sealed under its application's data key: {@code
 * <data-dir>/documents/<application>/<file>.enc}. Several instances share the folder (a shared
 * volume in production). Writes go to a temporary file and are moved into place, so a reader never
 * sees half a file.
 */
@Component
public class DocumentStore {
  private final Path root;

  DocumentStore(DataDirectory data) {
    this.root = data.documents();
  }

  public void write(UUID application, String fileName, DataKey key, byte[] plaintext) {
    Path folder = folder(application);
    try {
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, ".upload", ".tmp");
      Files.write(tmp, key.seal(fileName, plaintext));
      Files.move(
          tmp,
          file(application, fileName),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot store a document under "
              + folder
              + ": "
              + e.getMessage()
              + ". Check free space and permissions of the data folder.",
          e);
    }
  }

  public byte[] read(UUID application, String fileName, DataKey key) {
    try {
      return key.open(fileName, Files.readAllBytes(file(application, fileName)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Document "
              + fileName
              + " of application "
              + application
              + " is missing from "
              + folder(application)
              + "; was the data folder moved?",
          e);
    }
  }

  public void delete(UUID application, String fileName) {
    try {
      Files.deleteIfExists(file(application, fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes every file of the application, and its folder. */
  public void deleteAll(UUID application) {
    deleteTree(folder(application));
  }

  public boolean hasFiles(UUID application) {
    try (Stream<Path> files = Files.list(folder(application))) {
      return files.findAny().isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  Path folder(UUID application) {
    return root.resolve(application.toString());
  }

  private Path file(UUID application, String fileName) {
    if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
      throw new IllegalArgumentException("not a plain file name: " + fileName);
    }
    return folder(application).resolve(fileName + ".enc");
  }

  public static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + folder + ": " + e.getMessage(), e);
    }
  }
}
