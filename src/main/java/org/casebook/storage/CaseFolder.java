package org.casebook.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of a case on disk: a folder {@code NAME.casebook/} holding the H2 database {@code case.mv.db},
 * {@code originals/} (imported source files) and {@code backups/} (zip backups taken on opening).
 */
public record CaseFolder(Path root) {

    public static final String SUFFIX = ".casebook";
    static final String DATABASE_NAME = "case";
    static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";

    public CaseFolder {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /** The folder a new case at {@code path} gets: the path itself, with {@code .casebook} added when missing. */
    public static CaseFolder forNewCase(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return new CaseFolder(name.endsWith(SUFFIX) ? path : path.resolveSibling(name + SUFFIX));
    }

    /** The case's name as the member sees it: the folder name without {@code .casebook}. */
    public String displayName() {
        String name = root.getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    public Path databaseFile() {
        return root.resolve(DATABASE_FILE);
    }

    public Path originals() {
        return root.resolve("originals");
    }

    /** Where the case keeps the original of a letter: named by the start of its SHA-256 and its own name. */
    public Path original(String sha256, String fileName) {
        return originals().resolve(sha256.substring(0, 12) + "-" + fileName);
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** The full-text index (ADR 23): made from the database, so never backed up and rebuilt when lost. */
    public Path search() {
        return root.resolve("search");
    }

    /** The name prefix of the copy an import makes before storing the letter; see LetterImportService. */
    public static final String IMPORTING_PREFIX = ".importing-";

    /** A copy of an original left by an import that did not finish. */
    static boolean isUnfinishedImport(Path file) {
        return file.getFileName().toString().startsWith(IMPORTING_PREFIX);
    }

    /** A folder is a case when it holds the case database. */
    public boolean looksLikeCase() {
        return Files.isRegularFile(databaseFile());
    }

    /** The URL the app opens the case with: every commit written to the file before it returns (ADR 13). */
    String jdbcUrl(boolean mustExist) {
        return jdbcUrl(mustExist, Durability.APP);
    }

    String jdbcUrl(boolean mustExist, Durability durability) {
        // IFEXISTS keeps H2 from quietly creating an empty database when opening a folder that is not a case.
        return "jdbc:h2:file:" + root.resolve(DATABASE_NAME) + (mustExist ? ";IFEXISTS=TRUE" : "")
                + durability.urlSettings();
    }

    /**
     * A URL that opens the case so that nothing can be written: the file is opened read-only, and H2 writes no trace
     * file beside it. For checking a case without changing it.
     */
    String readOnlyUrl() {
        return "jdbc:h2:file:" + root.resolve(DATABASE_NAME) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
    }
}
