package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The plain-SQL check that lets opening a case already at this program's schema skip Flyway. */
class MigrationsCurrentTest {

    private final Migrations migrations = new Migrations();

    @Test
    void theCurrentVersionIsTheLastMigrationFlywayFinds() {
        List<String> known = migrations.knownVersions();

        assertThat(known.get(known.size() - 1)).isEqualTo(Migrations.CURRENT);
    }

    @Test
    void aSchemaMigratedToTheEndIsCurrentAndOneAVersionShortIsNot() throws Exception {
        String whole = "jdbc:h2:mem:whole-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        String older = "jdbc:h2:mem:older-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        migrations.migrate(whole, java.nio.file.Path.of("whole"));
        Flyway.configure().dataSource(older, "", "").locations(Migrations.LOCATION)
                .target(Integer.toString(Integer.parseInt(Migrations.CURRENT) - 1)).load().migrate();

        try (Connection a = DriverManager.getConnection(whole); Connection b = DriverManager.getConnection(older)) {
            assertThat(migrations.isCurrent(a)).isTrue();
            assertThat(migrations.isCurrent(b)).isFalse();
            assertThat(new Migrations(Migrations.LOCATION, "classpath:db/future").isCurrent(a))
                    .as("migrations from elsewhere always go through Flyway").isFalse();
        }
    }

    @Test
    void aFailedMigrationOrNoHistoryIsNotCurrent() throws Exception {
        String failed = "jdbc:h2:mem:failed-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        migrations.migrate(failed, java.nio.file.Path.of("failed"));
        try (Connection connection = DriverManager.getConnection(failed);
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");

            assertThat(migrations.isCurrent(connection)).isFalse();
        }
        try (Connection empty = DriverManager.getConnection("jdbc:h2:mem:empty-" + System.nanoTime())) {
            assertThat(migrations.isCurrent(empty)).isFalse();
        }
    }
}
