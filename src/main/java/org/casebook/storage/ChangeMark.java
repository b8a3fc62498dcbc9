package org.casebook.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The mark that a case has changed since its newest backup: a file {@code backups/.changed}, put on the disk before
 * the first change of a session is committed and taken away when a backup is taken. Opening a case backs it up only
 * when the mark is there (or there is no backup yet), so opening an unchanged case copies nothing, however large it
 * has grown. A crash between marking and committing leaves the mark and costs one backup more, never one less.
 */
final class ChangeMark {

    static final String FILE = ".changed";

    private ChangeMark() {
    }

    static Path file(CaseFolder folder) {
        return folder.backups().resolve(FILE);
    }

    static boolean isSet(CaseFolder folder) {
        return Files.exists(file(folder));
    }

    /** Puts the mark on the disk (the file and the folder entry), so that it outlives a crash right after. */
    static void set(CaseFolder folder) {
        Path mark = file(folder);
        if (Files.exists(mark)) {
            return;
        }
        try {
            Files.createDirectories(folder.backups());
            Files.write(mark, new byte[0]);
            FileSync.file(mark);
            FileSync.directory(folder.backups());
        } catch (IOException e) {
            throw problem(folder, e);
        }
    }

    static void clear(CaseFolder folder) {
        try {
            if (Files.deleteIfExists(file(folder))) {
                FileSync.directory(folder.backups());
            }
        } catch (IOException e) {
            throw problem(folder, e);
        }
    }

    private static CaseFileException problem(CaseFolder folder, IOException e) {
        return new CaseFileException(CaseFileException.Problem.IO, folder.root(),
                "Could not write in " + folder.backups() + ": " + e.getMessage(), e);
    }
}
