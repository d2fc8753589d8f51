package onramp.app.system.encryption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * The default key-encryption key: 32 random bytes in {@code <data-dir>/keys/kek}, created with mode
 * 0600 (folder 0700) on first start; a key file or folder others can read is refused. Lose the file
 * and every stored document is unreadable: back it up apart from the data, or use a KMS in
 * production.
 */
final class LocalKeyFile implements KeyEncryptionKey {
  private static final byte[] WRAP_CONTEXT = "onramp data key".getBytes(StandardCharsets.US_ASCII);
  private static final Set<PosixFilePermission> PRIVATE_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> PRIVATE_FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private final byte[] key;
  private final String id;

  private LocalKeyFile(byte[] key) {
    this.key = key;
    this.id = "local:" + fingerprint(key);
  }

  /**
   * Reads the key file, creating it (0600, folder 0700) if it does not exist yet. Refuses a key
   * file or folder that other users can read or write: a key anyone on the machine can copy
   * protects nothing.
   */
  public static LocalKeyFile openOrCreate(Path file) {
    try {
      Path dir = Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file has a folder");
      boolean posix = posix(dir);
      if (!Files.isDirectory(dir)) {
        createPrivateFolder(dir, posix);
      }
      if (posix) {
        refuseExposed(dir, "folder", "700");
      }
      if (!Files.exists(file)) {
        create(file, posix);
      }
      if (posix) {
        refuseExposed(file, "key file", "600");
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

  private static boolean posix(Path dir) throws IOException {
    Path existing = dir;
    while (!Files.exists(existing) && existing.getParent() != null) {
      existing = existing.getParent();
    }
    return Files.getFileStore(existing).supportsFileAttributeView("posix");
  }

  private static void createPrivateFolder(Path dir, boolean posix) throws IOException {
    Path parent = Objects.requireNonNull(dir.getParent(), "a folder has a parent");
    Files.createDirectories(parent);
    try {
      if (posix) {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
      } else {
        Files.createDirectory(dir);
      }
    } catch (FileAlreadyExistsException raced) {
      // another instance created it first: its permissions are checked next
    }
  }

  /**
   * Writes the new key into a temporary file beside it that is 0600 from its first byte, then links
   * it into place: the key is never on disk readable by others, and a reader never sees half a key.
   */
  private static void create(Path file, boolean posix) throws IOException {
    Path dir = Objects.requireNonNull(file.getParent(), "a file has a folder");
    Path tmp =
        posix
            ? Files.createTempFile(
                dir, ".kek", ".tmp", PosixFilePermissions.asFileAttribute(PRIVATE_FILE))
            : Files.createTempFile(dir, ".kek", ".tmp");
    try {
      Files.write(tmp, Aead.newKey(), StandardOpenOption.WRITE);
      try {
        // createLink fails when the target exists, so of two instances starting together one
        // wins and the other uses its key (a move would let the second replace the first).
        Files.createLink(file, tmp);
      } catch (FileAlreadyExistsException raced) {
        // another instance sharing the folder created it first: use theirs
      } catch (UnsupportedOperationException noLinks) {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void refuseExposed(Path path, String what, String mode) throws IOException {
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
    Set<PosixFilePermission> exposed = EnumSet.noneOf(PosixFilePermission.class);
    for (PosixFilePermission p : perms) {
      if (p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_")) {
        exposed.add(p);
      }
    }
    if (!exposed.isEmpty()) {
      throw new KeyFileExposedException(
          "The "
              + what
              + " "
              + path
              + " is "
              + PosixFilePermissions.toString(perms)
              + ": other users of this machine can reach the key that protects every stored"
              + " document. Restrict it with `chmod "
              + mode
              + " "
              + path
              + "` (and find out who could have copied it), or configure a KMS key.");
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
