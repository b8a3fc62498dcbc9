package org.casebook.storage;

import java.util.List;

import java.sql.Connection;
import org.casebook.domain.CaseSnapshot;

/** The repositories of one case, bound to the connection of the transaction they are used in. */
public final class Repositories {

    private final CodebookRepository codebook;
    private final BodyRepository bodies;
    private final LetterRepository letters;
    private final ItemRepository items;
    private final CommitmentRepository commitments;
    private final ThreadRepository threads;
    private final PackSettingsRepository packSettings;
    private final FoiRepository foi;
    private final SearchSourceRepository search;

    Repositories(Connection connection) {
        Sql sql = new Sql(connection);
        this.codebook = new CodebookRepository(sql);
        this.bodies = new BodyRepository(sql);
        this.letters = new LetterRepository(sql);
        this.items = new ItemRepository(sql);
        this.commitments = new CommitmentRepository(sql);
        this.threads = new ThreadRepository(sql);
        this.packSettings = new PackSettingsRepository(sql);
        this.foi = new FoiRepository(sql);
        this.search = new SearchSourceRepository(sql, items);
    }

    public CodebookRepository codebook() {
        return codebook;
    }

    public BodyRepository bodies() {
        return bodies;
    }

    public LetterRepository letters() {
        return letters;
    }

    public ItemRepository items() {
        return items;
    }

    public CommitmentRepository commitments() {
        return commitments;
    }

    public ThreadRepository threads() {
        return threads;
    }

    public PackSettingsRepository packSettings() {
        return packSettings;
    }

    public FoiRepository foi() {
        return foi;
    }

    /** What the search index is built from, and its queue of changed letters. */
    public SearchSourceRepository search() {
        return search;
    }

    /** The case's FOI work; call inside the same read as {@link #snapshot()} when both are wanted. */
    public org.casebook.domain.foi.FoiSnapshot foiSnapshot() {
        return new org.casebook.domain.foi.FoiSnapshot(foi.profiles(), foi.campaigns(), foi.requests(), foi.answers());
    }

    /**
     * The letters {@code letterIds} with everything that belongs to them, as a snapshot holding only those (its
     * codebook, bodies, meetings and threads empty): an export reads a large case a batch at a time this way.
     */
    public CaseSnapshot lettersWithContent(List<Long> letterIds) {
        Long[] ids = letterIds.toArray(Long[]::new);
        return new CaseSnapshot(new org.casebook.domain.Codebook(List.of(), List.of()), List.of(), List.of(),
                letters.byIds(ids), items.ofLetters(ids), items.themesOfLetters(ids), items.responseTypesOfLetters(ids),
                items.notesOfLetters(ids), commitments.ofLetters(ids), List.of());
    }

    /**
     * The case without its letters' content: codebook, bodies, meetings and threads, and of letters and items only
     * those the threads hold (with those items' response types), which is what the threads' markers are worked out from.
     */
    public CaseSnapshot outline() {
        List<org.casebook.domain.ConcernThread> all = threads.all();
        Long[] itemIds = all.stream().flatMap(t -> t.itemIds().stream()).distinct().toArray(Long[]::new);
        List<org.casebook.domain.Item> threaded = items.byIds(itemIds);
        Long[] letterIds = threaded.stream().map(org.casebook.domain.Item::letterId).distinct().toArray(Long[]::new);
        java.util.Set<Long> held = java.util.Set.of(itemIds);
        List<org.casebook.domain.ItemTag> types = items.responseTypesOfLetters(letterIds).stream()
                .filter(t -> held.contains(t.itemId())).toList();
        return new CaseSnapshot(codebook.load(), bodies.bodies(), bodies.meetings(), letters.byIds(letterIds), threaded,
                List.of(), types, List.of(), List.of(), all);
    }

    /** Everything in the case; call inside one read so the parts agree with each other. */
    public CaseSnapshot snapshot() {
        return new CaseSnapshot(codebook.load(), bodies.bodies(), bodies.meetings(), letters.all(), items.all(),
                items.themes(), items.responseTypes(), items.notes(), commitments.all(), threads.all());
    }
}
