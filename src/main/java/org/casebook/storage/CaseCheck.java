package org.casebook.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that a case is whole, reading it only: its schema against this program's migrations, that H2 can read every
 * table, that no row points at a row that is not there, and that every original is present with the bytes it was
 * imported with. When something is wrong it finds the newest backup whose database passes the same checks.
 */
public final class CaseCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CaseCheck.class);
    /** Rows named per broken reference before the rest are counted. */
    private static final int NAMED = 10;

    /** A problem makes the case unsound; a note is worth knowing and harmless. */
    public enum Severity { PROBLEM, NOTE }

    /** What a finding is about: the database (a backup can mend it) or the originals beside it (it cannot). */
    public enum Area { DATABASE, ORIGINALS }

    public record Finding(Severity severity, Area area, String text) {
        public Finding {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(text, "text");
        }
    }

    /** What a check found, with the counts it looked at and, when unsound, the backup to go back to. */
    public record Report(CaseFolder folder, List<Finding> findings, long letters, long items, long originals,
                         Optional<Backup> restoreFrom) {
        public Report {
            Objects.requireNonNull(folder, "folder");
            findings = List.copyOf(findings);
            Objects.requireNonNull(restoreFrom, "restoreFrom");
        }

        public boolean sound() {
            return findings.stream().noneMatch(f -> f.severity() == Severity.PROBLEM);
        }

        /** No problem in the database itself; only originals are missing or changed, if anything. */
        public boolean databaseSound() {
            return findings.stream().noneMatch(f -> f.severity() == Severity.PROBLEM && f.area() == Area.DATABASE);
        }

        public List<String> problems() {
            return texts(Severity.PROBLEM);
        }

        public List<String> notes() {
            return texts(Severity.NOTE);
        }

        private List<String> texts(Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).map(Finding::text).toList();
        }
    }

    /** Opens the database to be checked; read-only. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    /** A column that names a row of another table ({@code table.column → target.id}). */
    private record Reference(String table, String column, String target, String what, String targetWhat) {
    }

    // Every reference in db/migration. All of them are FOREIGN KEY constraints today; they are checked anyway,
    // because a constraint does not hold in a file H2 wrote only in part, or after SET REFERENTIAL_INTEGRITY FALSE.
    private static final List<Reference> REFERENCES = List.of(
            new Reference("theme", "parent_id", "theme", "theme", "parent theme"),
            new Reference("meeting", "body_id", "body", "meeting", "body"),
            new Reference("letter", "body_id", "body", "letter", "body"),
            new Reference("letter", "meeting_id", "meeting", "letter", "meeting"),
            new Reference("letter", "attached_to", "letter", "letter", "e-mail letter"),
            new Reference("item", "letter_id", "letter", "item", "letter"),
            new Reference("item", "parent_id", "item", "item", "parent item"),
            new Reference("item_theme", "item_id", "item", "theme tag", "item"),
            new Reference("item_theme", "theme_id", "theme", "theme tag", "theme"),
            new Reference("item_response_type", "item_id", "item", "response type tag", "item"),
            new Reference("item_response_type", "response_type_id", "response_type", "response type tag",
                    "response type"),
            new Reference("note", "item_id", "item", "note", "item"),
            new Reference("commitment", "letter_id", "letter", "commitment", "letter"),
            new Reference("commitment", "item_id", "item", "commitment", "item"),
            new Reference("commitment_status_change", "commitment_id", "commitment", "status change", "commitment"),
            new Reference("thread_item", "thread_id", "concern_thread", "thread step", "thread"),
            new Reference("thread_item", "item_id", "item", "thread step", "item"),
            new Reference("theme_phrase", "theme_id", "theme", "theme phrase", "theme"),
            new Reference("response_type_phrase", "response_type_id", "response_type", "response type phrase",
                    "response type"),
            new Reference("thread_link_rejection", "item_a", "item", "rejected link", "item"),
            new Reference("thread_link_rejection", "item_b", "item", "rejected link", "item"),
            new Reference("campaign_question", "campaign_id", "campaign", "campaign question", "campaign"),
            new Reference("foi_request", "campaign_id", "campaign", "FOI request", "campaign"),
            new Reference("foi_request", "body_id", "body", "FOI request", "body"),
            new Reference("foi_state_change", "request_id", "foi_request", "FOI request state", "FOI request"),
            new Reference("foi_answer", "request_id", "foi_request", "FOI answer", "FOI request"),
            new Reference("foi_answer", "item_id", "item", "FOI answer", "item"));

    /** Rules the schema does not enforce: each query returns one line per row that breaks it. */
    private record Rule(Set<String> tables, String sql) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Set.of("item"), "SELECT 'item ' || c.id || ' is filed under item ' || p.id || ', which belongs to "
                    + "another letter' FROM item c JOIN item p ON p.id = c.parent_id WHERE p.letter_id <> c.letter_id"),
            new Rule(Set.of("commitment", "item"), "SELECT 'commitment ' || c.id || ' belongs to letter ' || c.letter_id "
                    + "|| ' but its item ' || i.id || ' to letter ' || i.letter_id FROM commitment c "
                    + "JOIN item i ON i.id = c.item_id WHERE i.letter_id <> c.letter_id"),
            new Rule(Set.of("letter", "meeting"), "SELECT 'letter ' || l.id || ' is filed under meeting ' || m.id "
                    + "|| ', which is not a meeting of its body' FROM letter l JOIN meeting m ON m.id = l.meeting_id "
                    + "WHERE l.body_id IS NULL OR m.body_id <> l.body_id"),
            new Rule(Set.of("letter"), "SELECT 'letter ' || id || ' records only part of its original (name, type "
                    + "and fingerprint go together)' FROM letter WHERE (source_file_name IS NULL) <> "
                    + "(source_sha256 IS NULL)"));

    private final Migrations migrations;
    private final Backups backups;

    CaseCheck(Migrations migrations, Backups backups) {
        this.migrations = migrations;
        this.backups = backups;
    }

    Report check(CaseFolder folder, Connector connector) {
        List<Finding> findings = new ArrayList<>();
        long[] counts = {0, 0};
        long originals = 0;
        try (Connection connection = connector.connect()) {
            counts = checkDatabase(connection, folder.databaseFile(), findings);
            originals = checkOriginals(connection, folder, findings);
        } catch (SQLException e) {
            findings.add(problem("H2 cannot open the case database " + folder.databaseFile() + ": " + firstLine(e)));
        }
        boolean sound = findings.stream().noneMatch(f -> f.severity() == Severity.PROBLEM);
        Optional<Backup> restore = sound ? Optional.empty() : newestSoundBackup(folder);
        return new Report(folder, findings, counts[0], counts[1], originals, restore);
    }

    /** Schema, tables, references and rules; returns the numbers of letters and items. */
    private long[] checkDatabase(Connection connection, Path file, List<Finding> findings) throws SQLException {
        Set<String> columns = new HashSet<>(list(connection, "SELECT LOWER(table_name) || '.' || LOWER(column_name) "
                + "FROM information_schema.columns WHERE table_schema = 'PUBLIC'"));
        Set<String> tables = new HashSet<>(list(connection, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'"));
        checkSchema(connection, tables, findings);
        for (String table : tables) {
            readWhole(connection, table, file, findings);
        }
        for (Reference reference : REFERENCES) {
            if (columns.contains(reference.table() + "." + reference.column()) && columns.contains(reference.target() + ".id")) {
                checkReference(connection, reference, findings);
            }
        }
        Set<String> lowerTables = new HashSet<>();
        tables.forEach(t -> lowerTables.add(t.toLowerCase(Locale.ROOT)));
        for (Rule rule : RULES) {
            if (lowerTables.containsAll(rule.tables())) {
                list(connection, rule.sql()).forEach(line -> findings.add(problem(capitalised(line) + ".")));
            }
        }
        long letters = lowerTables.contains("letter") ? count(connection, "SELECT COUNT(*) FROM letter") : 0;
        long items = lowerTables.contains("item") ? count(connection, "SELECT COUNT(*) FROM item") : 0;
        return new long[] {letters, items};
    }

    private void checkSchema(Connection connection, Set<String> tables, List<Finding> findings) throws SQLException {
        if (!tables.contains("flyway_schema_history")) {
            findings.add(problem("The case has no schema history (flyway_schema_history), so its schema is unknown."));
            return;
        }
        List<String> known = migrations.knownVersions();
        List<String> applied = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    findings.add(problem("The change to schema " + version + " did not finish (the schema history "
                            + "marks it failed)."));
                } else {
                    applied.add(version);
                }
            }
        }
        List<String> unknown = applied.stream().filter(v -> !known.contains(v)).toList();
        List<String> pending = known.stream().filter(v -> !applied.contains(v)).toList();
        String newest = known.isEmpty() ? "?" : known.get(known.size() - 1);
        if (!unknown.isEmpty()) {
            findings.add(problem("The case has schema " + String.join(", ", unknown) + ", from a newer Casebook than "
                    + "this one (which knows up to schema " + newest + "); update Casebook to open it."));
        } else if (!pending.isEmpty()) {
            findings.add(note("The case has schema " + (applied.isEmpty() ? "none" : applied.get(applied.size() - 1))
                    + ", older than this Casebook's " + newest + "; it was checked as it is, and opening it for "
                    + "changes will update it (after a backup)."));
        }
    }

    private static void readWhole(Connection connection, String table, Path file, List<Finding> findings) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int width = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= width; column++) {
                    rows.getString(column);
                }
            }
        } catch (SQLException | RuntimeException e) {
            findings.add(problem("H2 cannot read the table " + table + " in " + file + ": " + firstLine(e)));
        }
    }

    private static void checkReference(Connection connection, Reference ref, List<Finding> findings)
            throws SQLException {
        String sql = "SELECT r." + ref.column() + ", COUNT(*) FROM " + ref.table() + " r WHERE r." + ref.column()
                + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + ref.target() + " t WHERE t.id = r." + ref.column()
                + ") GROUP BY r." + ref.column() + " ORDER BY r." + ref.column();
        int named = 0;
        long more = 0;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                long pointing = rows.getLong(2);
                if (named++ < NAMED) {
                    findings.add(problem(capitalised(plural(pointing, ref.what())) + " point" + (pointing == 1 ? "s" : "")
                            + " at " + ref.targetWhat() + " " + rows.getString(1) + ", which is not in the case."));
                } else {
                    more += pointing;
                }
            }
        }
        if (more > 0) {
            findings.add(problem("And " + plural(more, ref.what()) + " more point at other missing "
                    + ref.targetWhat() + "s."));
        }
    }

    /** Checks each letter's original; returns how many were checked. Notes files that no letter names. */
    private static long checkOriginals(Connection connection, CaseFolder folder, List<Finding> findings)
            throws SQLException {
        Set<Path> named = new HashSet<>();
        long checked = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, title, source_file_name, "
                + "source_sha256 FROM letter WHERE source_file_name IS NOT NULL AND source_sha256 IS NOT NULL ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String letter = "letter " + rows.getLong(1) + " \"" + rows.getString(2) + "\"";
                String sha256 = rows.getString(4).strip();
                Path original = folder.original(sha256, rows.getString(3));
                named.add(original);
                checked++;
                String shown = folder.root().relativize(original).toString();
                if (!Files.isRegularFile(original)) {
                    findings.add(originalProblem("The original of " + letter + ", " + shown + ", is missing; copy the "
                            + "letter's file back to that name."));
                    continue;
                }
                String actual = sha256(original);
                if (!actual.equalsIgnoreCase(sha256)) {
                    findings.add(originalProblem("The original of " + letter + ", " + shown + ", has changed since it "
                            + "was imported (SHA-256 " + actual.substring(0, 12) + "…, recorded " + sha256.substring(0, 12)
                            + "…); put back the file as it was imported."));
                }
            }
        }
        if (Files.isDirectory(folder.originals())) {
            try (Stream<Path> files = Files.list(folder.originals())) {
                for (Path file : files.sorted().filter(f -> !named.contains(f)).toList()) {
                    String shown = folder.root().relativize(file).toString();
                    findings.add(originalNote(CaseFolder.isUnfinishedImport(file)
                            ? shown + " was left by an import that did not finish; it is removed when the case is "
                                    + "next opened for changes."
                            : shown + " is the original of no letter in the case (an import that did not finish, "
                                    + "or a file put there by hand); it is harmless and can be deleted."));
                }
            } catch (IOException e) {
                findings.add(originalProblem("The originals folder " + folder.originals() + " cannot be read: "
                        + e.getMessage()));
            }
        }
        return checked;
    }

    /** The newest backup whose database passes the database checks; the originals are not in backups. */
    private Optional<Backup> newestSoundBackup(CaseFolder folder) {
        for (Backup backup : backups.list(folder)) {
            Path directory = null;
            try {
                directory = Files.createTempDirectory("casebook-check-");
                Path database = backups.extract(backup, directory);
                if (!Files.isRegularFile(database)) {
                    continue;
                }
                String name = database.toString();
                String url = "jdbc:h2:file:" + name.substring(0, name.length() - ".mv.db".length())
                        + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
                List<Finding> findings = new ArrayList<>();
                try (Connection connection = DriverManager.getConnection(url, "", "")) {
                    checkDatabase(connection, database, findings);
                }
                if (findings.stream().noneMatch(f -> f.severity() == Severity.PROBLEM)) {
                    return Optional.of(backup);
                }
                LOG.info("Backup {} is not sound either: {}", backup.file(), findings);
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.info("Backup {} cannot be read: {}", backup.file(), e.getMessage());
            } finally {
                deleteQuietly(directory);
            }
        }
        return Optional.empty();
    }

    private static List<String> list(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}", directory, e);
        }
    }

    private static String plural(long n, String thing) {
        return n == 1 ? "1 " + thing : n + " " + thing + "s";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static Finding problem(String text) {
        return new Finding(Severity.PROBLEM, Area.DATABASE, text);
    }

    private static Finding note(String text) {
        return new Finding(Severity.NOTE, Area.DATABASE, text);
    }

    private static Finding originalProblem(String text) {
        return new Finding(Severity.PROBLEM, Area.ORIGINALS, text);
    }

    private static Finding originalNote(String text) {
        return new Finding(Severity.NOTE, Area.ORIGINALS, text);
    }
}
