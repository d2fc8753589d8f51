package onramp.app.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class LocalUsersTest {
  private static final OnrampMode LOCAL = OnrampMode.parse("local");
  private static final OnrampMode PRODUCTION = OnrampMode.parse("production");

  private static SecurityProperties users(String... namesAndPasswords) {
    List<SecurityProperties.LocalUser> list = new java.util.ArrayList<>();
    for (int i = 0; i < namesAndPasswords.length; i += 2) {
      list.add(
          new SecurityProperties.LocalUser(
              namesAndPasswords[i], namesAndPasswords[i + 1], List.of("ADMIN"), null));
    }
    return new SecurityProperties(list, null);
  }

  @Test
  void localModeWritesGeneratedPasswordsToAnOwnerOnlyFileAndNeverToTheLog(@TempDir Path dir)
      throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(LocalUsers.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      var manager = LocalUsers.from(users(), LOCAL, dir);

      Path file = dir.resolve(LocalUsers.PASSWORD_FILE);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      String admin =
          Files.readAllLines(file).stream()
              .filter(l -> l.startsWith("admin "))
              .findFirst()
              .orElseThrow()
              .split(" ")[1];
      assertThat(
              PasswordEncoderFactories.createDelegatingPasswordEncoder()
                  .matches(admin, manager.loadUserByUsername("admin").getPassword()))
          .isTrue();
      assertThat(logged.list).isNotEmpty();
      assertThat(logged.list)
          .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(admin));
    } finally {
      logger.detachAppender(logged);
    }
  }

  @Test
  void productionModeMakesNoUsers(@TempDir Path dir) {
    var manager = LocalUsers.from(users(), PRODUCTION, dir);

    assertThat(manager.userExists("admin")).isFalse();
    assertThat(manager.userExists("reviewer")).isFalse();
    assertThat(dir.resolve(LocalUsers.PASSWORD_FILE)).doesNotExist();
  }

  @Test
  void productionModeRefusesPlainAndNoopPasswordsNamingTheUsers(@TempDir Path dir) {
    assertThatThrownBy(
            () -> LocalUsers.from(users("dana", "plain words", "alex", "{noop}x"), PRODUCTION, dir))
        .hasMessageContaining("onramp.mode=production")
        .hasMessageContaining("dana, alex")
        .hasMessageContaining("{bcrypt}");
  }

  @Test
  void productionModeAcceptsHashedPasswords(@TempDir Path dir) {
    String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("s3cret");
    assertThat(hash).startsWith("{bcrypt}");

    var manager = LocalUsers.from(users("dana", hash), PRODUCTION, dir);

    assertThat(manager.userExists("dana")).isTrue();
  }

  @Test
  void anUnknownModeIsAClearError() {
    assertThatThrownBy(() -> OnrampMode.parse("prod"))
        .hasMessageContaining("'prod'")
        .hasMessageContaining("'production'");
  }
}
