package org.casebook.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.tools.Restore;

/**
 * Rotating backups of a case in its {@code backups/} folder: H2's online {@code BACKUP TO} writes a consistent zip
 * while the case is open; the newest {@link #KEEP} are kept. A backup is taken on opening only when the case changed
 * since the newest one ({@link ChangeMark}), so an unchanged case opens without copying itself.
 */
public final class Backups {

    public static final int KEEP = 10;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'case-'yyyyMMdd'T'HHmmssSSS'Z.zip'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    public Backups(Clock clock) {
        this.clock = clock;
    }

    /** Takes a backup of the open case and drops the oldest beyond {@link #KEEP}. */
    Backup take(CaseDatabase database) {
        Path folder = database.folder().backups();
        Instant now = clock.instant();
        Path file = folder.resolve(NAME.format(now));
        try {
            Files.createDirectories(folder);
            while (Files.exists(file)) {
                now = now.plusMillis(1);
                file = folder.resolve(NAME.format(now));
            }
            // Written under a name the list ignores, then forced and moved into place: a backup that is listed is
            // whole, even after a crash or power cut in the middle of taking it.
            Path part = folder.resolve("." + file.getFileName() + ".part");
            Files.deleteIfExists(part);
            try (Statement statement = database.connection().createStatement()) {
                statement.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            }
            FileSync.file(part);
            Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            FileSync.directory(folder);
            // Only now, with the backup whole on the disk, is the case no longer changed since its newest backup.
            ChangeMark.clear(database.folder());
            database.backedUp();
            prune(database.folder());
            return new Backup(file, now, Files.size(file));
        } catch (IOException | SQLException e) {
            throw new CaseFileException(CaseFileException.Problem.IO, database.folder().root(),
                    "Could not write a backup of " + database.folder().root() + " to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Whether opening the case for changes must back it up: it changed since its newest backup, or it has none. */
    boolean needed(CaseFolder folder) {
        return ChangeMark.isSet(folder) || list(folder).isEmpty();
    }

    /** The backups of a case, newest first. */
    public List<Backup> list(CaseFolder folder) {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.backups())) {
            return files.map(Backups::read).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::taken).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a backup's database in place of the case's; the case must be closed. */
    void restore(CaseFolder folder, Backup backup) {
        try {
            Path restored = Files.createTempDirectory(folder.root(), ".restore");
            try {
                Restore.execute(backup.file().toString(), restored.toString(), CaseFolder.DATABASE_NAME);
                Path database = restored.resolve(CaseFolder.DATABASE_FILE);
                if (!Files.isRegularFile(database)) {
                    throw new CaseFileException(CaseFileException.Problem.DAMAGED, backup.file(),
                            "The backup " + backup.file() + " holds no case database.");
                }
                // On the disk before it replaces the case, and the replacement itself on the disk before the case
                // is opened again: a crash now leaves either the old database or the restored one, never half of one.
                FileSync.file(database);
                // The case now differs from its newest backup (the one of the state it replaced): marked first.
                ChangeMark.set(folder);
                Files.move(database, folder.databaseFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                FileSync.directory(folder.root());
            } finally {
                deleteTree(restored);
            }
        } catch (IOException e) {
            throw new CaseFileException(CaseFileException.Problem.IO, folder.root(),
                    "Could not restore " + backup.file() + " into " + folder.root() + ": " + e.getMessage(), e);
        }
    }

    /** Unpacks a backup's database into {@code directory}, for checking it; returns the database file. */
    Path extract(Backup backup, Path directory) {
        Restore.execute(backup.file().toString(), directory.toString(), CaseFolder.DATABASE_NAME);
        return directory.resolve(CaseFolder.DATABASE_FILE);
    }

    private void prune(CaseFolder folder) throws IOException {
        List<Backup> all = list(folder);
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    private static Optional<Backup> read(Path file) {
        try {
            Instant taken = Instant.from(NAME.parse(file.getFileName().toString()));
            return Optional.of(new Backup(file, taken, Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
