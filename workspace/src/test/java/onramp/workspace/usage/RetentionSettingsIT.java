package onramp.workspace.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.gateway.DataClass;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionSettingsIT {
  private static final Instant NOW = Instant.parse("2026-03-18T09:30:00Z");
  private TestDatabase database;
  private HikariDataSource pool;
  private RetentionSettings settings;

  @BeforeEach
  void database() throws Exception {
    database = new TestDatabase("workspace", "classpath:db/gateway", "classpath:db/workspace");
    pool = database.pool(2);
    settings = RetentionSettings.create(pool, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void drop() throws Exception {
    pool.close();
    database.close();
  }

  private static String summary(Retention r) {
    return r.dataClass()
        + " "
        + r.days().map(Object::toString).orElse("keep")
        + " "
        + r.updatedBy();
  }

  @Test
  void readsTheDefaultsOfTheMigrationLeastSensitiveFirst() {
    assertThat(settings.all())
        .extracting(RetentionSettingsIT::summary)
        .containsExactly(
            "PUBLIC keep default",
            "INTERNAL 365 default",
            "CUSTOMER 30 default",
            "RESTRICTED 7 default");
  }

  @Test
  void changesOnlyTheClassesNamedAndSaysWhoAndWhen() {
    List<RetentionSettings.Change> changes =
        settings.update(
            Map.of(
                DataClass.CUSTOMER,
                Optional.of(14),
                DataClass.INTERNAL,
                Optional.empty(),
                DataClass.RESTRICTED,
                Optional.of(7)),
            "alex");

    assertThat(changes)
        .filteredOn(RetentionSettings.Change::changed)
        .extracting(c -> summary(c.before()) + " -> " + summary(c.after()))
        .containsExactly(
            "INTERNAL 365 default -> INTERNAL keep alex",
            "CUSTOMER 30 default -> CUSTOMER 14 alex");
    assertThat(settings.all())
        .extracting(RetentionSettingsIT::summary)
        .containsExactly(
            "PUBLIC keep default",
            "INTERNAL keep alex",
            "CUSTOMER 14 alex",
            "RESTRICTED 7 default");
    assertThat(settings.all().get(2).updatedAt()).isEqualTo(NOW);
  }

  @Test
  void refusesDaysOutOfRangeAndChangesNothing() {
    assertThatThrownBy(
            () ->
                settings.update(
                    Map.of(DataClass.PUBLIC, Optional.of(90), DataClass.CUSTOMER, Optional.of(0)),
                    "alex"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "retention of CUSTOMER conversations must be from 1 to 3650 days, or empty to keep them"
                + " until deleted; got 0");
    assertThat(settings.all().getFirst().days()).isEmpty();
  }

  @Test
  void readsDaysAsAnAdminTypesThem() {
    assertThat(RetentionSettings.parseDays(DataClass.CUSTOMER, " 30 ")).contains(30);
    assertThat(RetentionSettings.parseDays(DataClass.PUBLIC, "")).isEmpty();
    assertThat(RetentionSettings.parseDays(DataClass.PUBLIC, "keep")).isEmpty();
    assertThatThrownBy(() -> RetentionSettings.parseDays(DataClass.CUSTOMER, "a month"))
        .hasMessage(
            "retention of CUSTOMER conversations is a whole number of days, or empty to keep them"
                + " until deleted; got 'a month'");
    assertThatThrownBy(() -> RetentionSettings.parseDays(DataClass.RESTRICTED, "3651"))
        .hasMessageContaining("from 1 to 3650 days");
  }
}
