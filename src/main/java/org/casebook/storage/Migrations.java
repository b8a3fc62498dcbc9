package org.casebook.storage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a case's schema up to the version this program knows, and refuses cases written by a newer one. */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    static final String LOCATION = "classpath:db/migration";
    /**
     * The schema version this program's migrations lead to, so that opening a case already there needs no Flyway
     * (Flyway's start-up loads some 900 classes, Jackson's among them: a third of a command's fixed cost). A test
     * checks it against the migrations Flyway finds.
     */
    static final String CURRENT = "7";

    private final String[] locations;

    Migrations() {
        this(LOCATION);
    }

    /** Tests add locations holding migrations from a "future" version of the program. */
    Migrations(String... locations) {
        this.locations = locations.clone();
    }

    /**
     * Whether the case's schema is exactly this program's ({@link #CURRENT}) with every migration applied
     * successfully, read from Flyway's history table with plain SQL. False for anything else (older, newer, failed, no
     * history), which the Flyway path then deals with. Only this program's own migration location can say yes: tests
     * with migrations "from the future" always take the Flyway path.
     */
    boolean isCurrent(java.sql.Connection connection) {
        if (locations.length != 1 || !locations[0].equals(LOCATION)) {
            return false;
        }
        String sql = "SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END),"
                + " MAX(CASE WHEN \"version\" IS NULL THEN NULL ELSE CAST(\"version\" AS INT) END)"
                + " FROM \"flyway_schema_history\"";
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery(sql)) {
            return row.next() && row.getLong(1) > 0 && row.getLong(2) == 0
                    && row.getInt(3) == Integer.parseInt(CURRENT) && !row.wasNull();
        } catch (java.sql.SQLException | NumberFormatException e) {
            // No history table, or one this program cannot read: let Flyway look.
            return false;
        }
    }

    /** Whether the case's schema is older than this program's, so that opening it will change it. */
    boolean pending(String jdbcUrl, Path caseRoot) {
        Flyway flyway = flyway(jdbcUrl);
        refuseNewerSchema(flyway, caseRoot);
        return flyway.info().pending().length > 0;
    }

    /**
     * The schema versions this program's migrations lead to, oldest first. Read against an empty database in memory,
     * so that no case is touched.
     */
    List<String> knownVersions() {
        Flyway flyway = flyway("jdbc:h2:mem:known-migrations-" + System.nanoTime());
        return Arrays.stream(flyway.info().all()).map(m -> m.getVersion().getVersion()).toList();
    }

    void migrate(String jdbcUrl, Path caseRoot) {
        Flyway flyway = flyway(jdbcUrl);
        refuseNewerSchema(flyway, caseRoot);
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Case {} migrated to schema {}", caseRoot, result.targetSchemaVersion);
        }
    }

    private Flyway flyway(String jdbcUrl) {
        return Flyway.configure()
                .dataSource(jdbcUrl, "", "")
                .locations(locations)
                .validateMigrationNaming(true)
                .load();
    }

    private static void refuseNewerSchema(Flyway flyway, Path caseRoot) {
        MigrationInfo[] applied = flyway.info().applied();
        boolean fromTheFuture = Arrays.stream(applied).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (fromTheFuture) {
            String version = Arrays.stream(applied).map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("?");
            throw new CaseFileException(CaseFileException.Problem.TOO_NEW, caseRoot,
                    "The case " + caseRoot + " was saved by a newer version of Casebook (schema " + version
                            + "). Update Casebook to open it; the case was not changed.");
        }
    }
}
