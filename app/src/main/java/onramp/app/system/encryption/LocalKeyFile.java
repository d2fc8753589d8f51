package onramp.app.system.encryption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The default key-encryption key: 32 random bytes in {@code <data-dir>/keys/kek}, created with mode
 * 0600 (folder 0700) on first start. Lose the file and every stored document is unreadable: back it
 * up apart from the data, or use a KMS in production.
 */
final class LocalKeyFile implements KeyEncryptionKey {
  private static final byte[] WRAP_CONTEXT = "onramp data key".getBytes(StandardCharsets.US_ASCII);
  private final byte[] key;
  private final String id;

  private LocalKeyFile(byte[] key) {
    this.key = key;
    this.id = "local:" + fingerprint(key);
  }

  /** Reads the key file, creating it (0600) if it does not exist yet. */
  public static LocalKeyFile openOrCreate(Path file) {
    try {
      Path dir = Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file has a folder");
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
      }
      if (!Files.exists(file)) {
        create(file);
      }
      byte[] key = Files.readAllBytes(file);
      if (key.length != Aead.KEY_BYTES) {
        throw new IllegalStateException(
            file
                + " holds "
                + key.length
                + " bytes, not a 32-byte key. Restore it"
                + " from the backup; a new key cannot read documents stored under the old one.");
      }
      return new LocalKeyFile(key);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read or create the key file "
              + file
              + " ("
              + e.getMessage()
              + "): make the data folder writable, or configure a KMS key",
          e);
    }
  }

  private static void create(Path file) throws IOException {
    try {
      Files.write(file, Aead.newKey(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      restrict(file, "rw-------");
    } catch (FileAlreadyExistsException raced) {
      // another instance sharing the folder created it first: use theirs
    }
  }

  private static void restrict(Path path, String permissions) throws IOException {
    if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public byte[] wrap(byte[] dataKey) {
    return Aead.seal(key, dataKey, WRAP_CONTEXT);
  }

  @Override
  public byte[] unwrap(byte[] wrappedDataKey) {
    return Aead.open(key, wrappedDataKey, WRAP_CONTEXT);
  }

  private static String fingerprint(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
