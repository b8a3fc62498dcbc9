package org.casebook.ui.threads;

import java.io.IOException;
import java.nio.file.Path;
import org.casebook.app.Services;
import org.casebook.service.SecondReplyCase;
import org.casebook.testsupport.TestServices;

/**
 * The sample case with its made-up second reply ({@link SecondReplyCase}), made once per test class because making it
 * takes seconds; each test opens its own copy. Item ids are the same in every copy.
 */
final class ThreadsCase {

    private final Services services;
    private final SecondReplyCase made;

    ThreadsCase(Path folder) {
        services = TestServices.in(folder.resolve("home"));
        made = SecondReplyCase.create(services, folder);
        made.database.close();
    }

    /** A closed copy in {@code folder}, for a session to open; the ids of its items are the original's. */
    Path copy(Path folder) throws IOException {
        SecondReplyCase copy = SecondReplyCase.copy(services, made, folder);
        copy.database.close();
        return copy.database.root();
    }

    long first(String path) {
        return made.first(path);
    }

    long second(String path) {
        return made.second(path);
    }
}
