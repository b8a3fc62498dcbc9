package org.casebook.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.casebook.analysis.RuleSet;
import org.casebook.domain.Body;
import org.casebook.domain.CodebookPhrases;
import org.casebook.domain.DefaultCodebook;
import org.casebook.domain.Meeting;
import org.casebook.storage.Backup;
import org.casebook.storage.CaseCheck;
import org.casebook.storage.CaseDatabase;
import org.casebook.storage.CaseFileException;
import org.casebook.storage.CaseFolder;
import org.casebook.storage.CaseStore;

/** New, open and restore cases; the one door to case files for the app and the CLI. */
public final class CaseService {

    private final CaseStore store;
    private final CodebookPhrases defaultPhrases;

    /** Cases created without phrases: no theme or response type is suggested until members write some. */
    public CaseService(CaseStore store) {
        this(store, new RuleSet(Map.of(), Map.of()));
    }

    /** New cases start with {@code defaultRules}' phrases for the default codebook's themes and response types. */
    public CaseService(CaseStore store, RuleSet defaultRules) {
        this.store = Objects.requireNonNull(store, "store");
        this.defaultPhrases = new CodebookPhrases(defaultRules.themePhrases(), defaultRules.responseTypePhrases());
    }

    /**
     * Creates a case with the default LXP codebook and its phrases; {@code .casebook} is added to the folder name
     * when missing.
     */
    public CaseHandle create(Path path) {
        return opened(() -> store.create(path, DefaultCodebook.lxp(), defaultPhrases));
    }

    /** Opens a case, taking a backup before anything can change. */
    public CaseHandle open(Path path) {
        return opened(() -> store.open(path));
    }

    /** Opens a case only to read it: no backup unless its schema must be updated. */
    public CaseHandle openForReading(Path path) {
        return opened(() -> store.openForReading(path));
    }

    /** The case's backups, newest first. */
    public List<CaseBackup> backups(Path caseRoot) {
        return store.backups(new CaseFolder(caseRoot)).stream()
                .map(b -> new CaseBackup(b.file(), b.taken(), b.sizeBytes())).toList();
    }

    /** Replaces a closed case's database with a backup (the current state is backed up first). */
    public void restore(Path caseRoot, CaseBackup backup) {
        translated(() -> {
            CaseFolder folder = new CaseFolder(caseRoot);
            store.restore(folder, new Backup(backup.file(), backup.taken(), backup.sizeBytes()));
            // The index followed the database as it was; it is built again for the database brought back.
            org.casebook.search.CaseIndex.delete(folder.search());
            return null;
        });
    }

    /**
     * Checks a case without changing it (no backup, no migration): schema, tables, references between rows, and
     * every original against its recorded SHA-256. When it is not sound, the report names the newest backup whose
     * database is.
     */
    public CheckReport check(Path caseRoot) {
        CaseCheck.Report report = translated(() -> store.check(caseRoot));
        return new CheckReport(report.folder().displayName(), report.folder().root(), report.problems(),
                report.notes(), report.letters(), report.items(), report.originals(), report.databaseSound(),
                report.restoreFrom().map(b -> new RestorePoint(b.file(), b.taken())));
    }

    /** Restores the backup a check named; see {@link #restore(Path, CaseBackup)}. */
    public void restore(Path caseRoot, RestorePoint point) {
        CaseBackup backup = backups(caseRoot).stream().filter(b -> b.file().equals(point.file())).findFirst()
                .orElseThrow(() -> new CaseException(CaseException.Problem.IO, caseRoot,
                        "The backup " + point.file() + " is no longer there.", null));
        restore(caseRoot, backup);
    }

    /** Counts for the case's overview and empty state. */
    public CaseSummary summary(CaseHandle handle) {
        return handle.read(r -> new CaseSummary(handle.name(), handle.root(), r.letters().count(), r.items().count()));
    }

    /** The bodies the case knows, by name: what the import form offers before the member types a new one. */
    public List<Body> bodies(CaseHandle handle) {
        return handle.read(r -> r.bodies().bodies());
    }

    /** The meetings of every body, by date then name. */
    public List<Meeting> meetings(CaseHandle handle) {
        return handle.read(r -> r.bodies().meetings());
    }

    private static CaseHandle opened(Supplier<CaseDatabase> opening) {
        return translated(() -> new CaseHandle(opening.get()));
    }

    /** Storage's account of a case problem, as the service's: the same words, and the same kind of problem. */
    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (CaseFileException e) {
            throw new CaseException(CaseException.Problem.valueOf(e.problem().name()), e.path(), e.getMessage(), e);
        }
    }

    /** A backup to go back to: its file and when it was taken. */
    public record RestorePoint(Path file, Instant taken) {
        public RestorePoint {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(taken, "taken");
        }
    }

    /**
     * What checking a case found: problems (the case is not sound), notes (harmless, worth knowing), what was looked
     * at, whether the database itself is sound (so only originals are wrong, which no backup holds), and the newest
     * sound backup when there are problems.
     */
    public record CheckReport(String name, Path root, List<String> problems, List<String> notes, long letters,
                              long items, long originals, boolean databaseSound,
                              Optional<RestorePoint> restoreFrom) {
        public CheckReport {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(root, "root");
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
            Objects.requireNonNull(restoreFrom, "restoreFrom");
        }

        public boolean sound() {
            return problems.isEmpty();
        }
    }

    /** The name, place and size of an open case. */
    public record CaseSummary(String name, Path root, long letters, long items) {
    }
}
