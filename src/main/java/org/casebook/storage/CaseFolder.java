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

    public Path backups() {
        return root.resolve("backups");
    }

    /** A folder is a case when it holds the case database. */
    public boolean looksLikeCase() {
        return Files.isRegularFile(databaseFile());
    }

    String jdbcUrl(boolean mustExist) {
        // IFEXISTS keeps H2 from quietly creating an empty database when opening a folder that is not a case.
        return "jdbc:h2:file:" + root.resolve(DATABASE_NAME) + (mustExist ? ";IFEXISTS=TRUE" : "");
    }
}
