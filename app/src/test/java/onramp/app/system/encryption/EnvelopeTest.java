package onramp.app.system.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvelopeTest {
  @TempDir Path dir;

  @Test
  void theKeyFileIsCreatedPrivateOnceAndReadAfterwards() throws Exception {
    Path file = dir.resolve("keys").resolve("kek");

    LocalKeyFile first = LocalKeyFile.openOrCreate(file);
    LocalKeyFile again = LocalKeyFile.openOrCreate(file);

    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(file.getParent()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(again.id()).isEqualTo(first.id()).startsWith("local:");
    assertThat(again.unwrap(first.wrap(new byte[32]))).isEqualTo(new byte[32]);
  }

  @Test
  void refusesAKeyFileOthersCanReadAndSaysHowToFixIt() throws Exception {
    Path file = dir.resolve("keys").resolve("kek");
    LocalKeyFile.openOrCreate(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> LocalKeyFile.openOrCreate(file))
        .isInstanceOf(KeyFileExposedException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("rw-r--r--")
        .hasMessageContaining("chmod 600 " + file);
  }

  @Test
  void refusesAnExistingKeysFolderOthersCanEnter() throws Exception {
    Path keys = Files.createDirectory(dir.resolve("keys"));
    Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThatThrownBy(() -> LocalKeyFile.openOrCreate(keys.resolve("kek")))
        .isInstanceOf(KeyFileExposedException.class)
        .hasMessageContaining("chmod 700 " + keys);
    assertThat(keys.resolve("kek")).doesNotExist();
  }

  @Test
  void leavesNoTemporaryKeyBehind() throws Exception {
    Path file = dir.resolve("keys").resolve("kek");

    LocalKeyFile.openOrCreate(file);

    try (var files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kek");
    }
  }

  @Test
  void aDataKeySealsForOneApplicationAndPurposeOnly() {
    Envelope envelope = new Envelope(LocalKeyFile.openOrCreate(dir.resolve("kek")));
    UUID app = UUID.randomUUID();
    DataKey key = envelope.newKey(app);
    byte[] sealed = key.sealText("applicant", "{\"lastName\":\"Quinn\"}");

    DataKey reopened = envelope.unwrap(app, key.wrapped(), key.kekId());
    DataKey other = envelope.unwrap(UUID.randomUUID(), key.wrapped(), key.kekId());

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Quinn");
    assertThat(reopened.openText("applicant", sealed)).isEqualTo("{\"lastName\":\"Quinn\"}");
    assertThatThrownBy(() -> reopened.open("decision-detail", sealed))
        .isInstanceOf(TamperedDataException.class);
    assertThatThrownBy(() -> other.open("applicant", sealed))
        .isInstanceOf(TamperedDataException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> reopened.open("applicant", sealed))
        .isInstanceOf(TamperedDataException.class);
  }

  @Test
  void anotherKeyFileCannotUnwrapAndSaysSo() {
    Envelope mine = new Envelope(LocalKeyFile.openOrCreate(dir.resolve("a")));
    Envelope theirs = new Envelope(LocalKeyFile.openOrCreate(dir.resolve("b")));
    UUID app = UUID.randomUUID();
    DataKey key = mine.newKey(app);

    assertThatThrownBy(() -> theirs.unwrap(app, key.wrapped(), key.kekId()))
        .isInstanceOf(TamperedDataException.class)
        .hasMessageContaining("configure the same key file or KMS key");
  }
}
