package org.casebook.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casebook.app.Services;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.TagState;
import org.casebook.importing.reading.TestDocx;
import org.casebook.service.CaseHandle;
import org.casebook.storage.Repositories;

/**
 * The sample case with a later reply from the same Trust imported beside it (src/test/resources/threads/
 * second-reply.txt, made up for tests), and the response types a member would have confirmed on the items threads
 * compare: the first reply's funding answer is a refusal, the second's a commitment.
 */
public final class SecondReplyCase {

    static final Path SOURCE = Path.of("src/test/resources/threads/second-reply.txt");

    public final CaseHandle database;
    private final List<Item> items;
    private final long firstLetter;
    private final long secondLetter;

    private SecondReplyCase(CaseHandle database) {
        this.database = database;
        this.items = CaseAccess.read(database, r -> r.items().all());
        List<Long> letters = CaseAccess.read(database, r -> r.letters().all()).stream().map(l -> l.id()).sorted().toList();
        this.firstLetter = letters.get(0);
        this.secondLetter = letters.get(1);
    }

    /** Makes the case in {@code folder}; the caller closes {@link #database}. */
    public static SecondReplyCase create(Services services, Path folder) {
        CaseHandle database = org.casebook.testsupport.TestServices.firstLetterSample(services).create(folder.resolve("Threads"));
        try {
            Path docx = TestDocx.letter(folder.resolve("second-reply.docx"), SampleLetterDocx.paragraphs(SOURCE));
            ImportDraft draft = services.importService().prepare(docx, ProgressListener.NONE);
            services.importService().store(database, draft, draft.split(), new LetterDetails(
                    "Second reply to the Forum, 2 March 2027", Optional.of(LocalDate.of(2027, 3, 2)),
                    "Ruth Calloway, Chair", "Lived Experience Practitioners' Forum",
                    Optional.of(SampleCaseService.BODY), Optional.of(SampleCaseService.MEETING),
                    Optional.of(LocalDate.of(2027, 2, 18))));
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException(e);
        }
        SecondReplyCase made = new SecondReplyCase(database);
        AnnotationService annotations = services.annotationService();
        annotations.setResponseType(database, made.first("2"), "refusal", Optional.of(TagState.CONFIRMED));
        annotations.setResponseType(database, made.second("2"), "commitment", Optional.of(TagState.CONFIRMED));
        return made;
    }

    /**
     * Opens a copy of a case made before (and closed) in {@code folder}: making one takes seconds, so a test class
     * makes it once and each test works on its own copy. Item ids are the same in the copy.
     */
    public static SecondReplyCase copy(Services services, SecondReplyCase original, Path folder) throws IOException {
        Path from = original.database.root();
        Path to = folder.resolve("Copy" + org.casebook.storage.CaseFolder.SUFFIX);
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(from)) {
            for (Path path : paths.toList()) {
                java.nio.file.Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
        return new SecondReplyCase(services.caseService().open(to));
    }

    /** The id of the item at {@code path} in the sample (first) letter. */
    public long first(String path) {
        return item(firstLetter, path);
    }

    /** The id of the item at {@code path} in the second reply. */
    public long second(String path) {
        return item(secondLetter, path);
    }

    public List<Item> items() {
        return CaseAccess.read(database, Repositories::snapshot).items();
    }

    private long item(long letterId, String path) {
        return items.stream().filter(i -> i.letterId() == letterId && i.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No item " + path + " in letter " + letterId)).id();
    }
}
