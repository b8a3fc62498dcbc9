package org.casebook.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.casebook.analysis.Suggestions;
import org.casebook.domain.Body;
import org.casebook.domain.CancelledException;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.SourceFile;
import org.casebook.domain.Stance;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.storage.Repositories;

/**
 * Imports letters: read and split a file or pasted text into a draft, then store the reviewed draft — the letter,
 * its items, a copy of the original and the first suggestions for it — as one transaction. A failed or cancelled
 * import stores nothing.
 */
public final class LetterImportService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LetterImportService.class);
    private static final int STEPS = 4;

    private final DocumentReaders readers;
    private final LetterSplitter splitter;
    private final MetadataFinder metadata;
    private final SuggestionWorkflow suggestions;
    private final AttachedDocuments attachments;

    /** An import service that suggests nothing. */
    public LetterImportService(DocumentReaders readers, LetterSplitter splitter, MetadataFinder metadata) {
        this(readers, splitter, metadata, new SuggestionWorkflow(SuggestionEngine.none()));
    }

    public LetterImportService(DocumentReaders readers, LetterSplitter splitter, MetadataFinder metadata,
                               SuggestionWorkflow suggestions) {
        this.readers = Objects.requireNonNull(readers, "readers");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
        this.attachments = new AttachedDocuments(splitter, this::storeSplit);
    }

    /** Reads and splits a file without storing anything. */
    public ImportDraft prepare(Path file, ProgressListener progress) {
        String name = file.getFileName().toString();
        progress.progress(0, STEPS, "Reading " + name);
        SourceText source = readers.read(file);
        checkCancelled(progress, name);
        progress.progress(1, STEPS, "Fingerprinting " + name);
        String sha256 = sha256(file);
        checkCancelled(progress, name);
        progress.progress(2, STEPS, "Splitting " + name + " into concerns and responses");
        SplitResult split = splitter.split(source);
        progress.progress(3, STEPS, "Looking for dates and meetings in " + name);
        return new ImportDraft(Optional.of(file), sha256, source, split, metadata.find(split.fullText()));
    }

    /** Splits text pasted into the import dialog. */
    public ImportDraft preparePasted(String text) {
        SourceText source = readers.fromPastedText(text);
        SplitResult split = splitter.split(source);
        return new ImportDraft(Optional.empty(), sha256(text.getBytes(StandardCharsets.UTF_8)), source, split,
                metadata.find(split.fullText()));
    }

    /** Splits a draft's text again as {@code shape}: the member says the document is of another shape. */
    SplitResult reshape(ImportDraft draft, Shape shape) {
        return splitter.split(draft.source(), shape);
    }

    /** Starts the review of a draft for the open case: the member corrects its split, then stores it or drops it. */
    public ReviewSession review(CaseHandle handle, ImportDraft draft) {
        return new ReviewSession(this, handle, draft);
    }

    /** The letter already imported from a file with the same bytes, if any. */
    public Optional<Letter> alreadyImported(CaseHandle handle, ImportDraft draft) {
        return handle.read(r -> r.letters().bySha256(draft.sha256()));
    }

    /**
     * Stores a reviewed draft as one transaction: body and meeting (found or created), the letter, its items in
     * order, the original file copied into the case's {@code originals/}, and the suggestions found in the letter
     * (waiting for a member's answer). A letter that came by e-mail brings the e-mail's attachments with it: each is
     * stored in the same transaction as a letter of its own, attached to this one (ADR 19). Refuses a file imported
     * before; skips, with a warning, an attachment imported before.
     */
    public StoredLetter store(CaseHandle handle, ImportDraft draft, SplitResult reviewed, LetterDetails details) {
        return store(handle, draft, reviewed, details, (r, stored) -> stored);
    }

    /** What else a use case stores with a letter, in the letter's own transaction, given what was stored. */
    @FunctionalInterface
    interface Followup<T> {
        T store(Repositories r, StoredLetter stored);
    }

    /** {@link #store(CaseHandle, ImportDraft, SplitResult, LetterDetails)}, and more in the same transaction. */
    <T> T store(CaseHandle handle, ImportDraft draft, SplitResult reviewed, LetterDetails details, Followup<T> then) {
        String name = draft.originalName();
        alreadyImported(handle, draft).ifPresent(existing -> {
            throw new ImportException(name, "was imported before, as the letter \"" + existing.title() + "\""
                    + existing.source().map(s -> " (" + originalPath(handle, draft.sha256(), s.fileName()) + ")").orElse("")
                    + "; it was not imported again.");
        });
        if (details.meetingName().isPresent() && details.bodyName().isEmpty()) {
            throw new ImportException(name, "names a meeting but no body; say which body held the meeting.");
        }
        List<AttachedDocuments.Document> documents = attachments.read(draft.source());
        try (PendingOriginals originals = new PendingOriginals(handle)) {
            draft.original().ifPresent(file -> originals.copy(file, draft.sha256(), name));
            try {
                return handle.write(r -> {
                    Letter letter = r.letters().add(letter(r, draft, reviewed, details));
                    StoredLetter stored = storeSplit(r, letter, reviewed);
                    StoredLetter withAttachments = attachments.store(r, stored, draft.source(), documents, originals);
                    T result = then.store(r, withAttachments);
                    originals.moveInPlace();
                    return result;
                });
            } catch (RuntimeException e) {
                // The transaction was rolled back; originals moved in just before the commit failed must go too.
                originals.removePlaced();
                throw e;
            }
        }
    }

    /** The letter's items and the suggestions found in it, stored under the letter just added. */
    private StoredLetter storeSplit(Repositories r, Letter letter, SplitResult split) {
        List<Item> items = addItems(r, letter.id(), split.items());
        SuggestionWorkflow.Counts suggested = suggest(r, letter.id());
        return new StoredLetter(letter, items, split.warnings(), suggested, List.of());
    }

    /**
     * Suggestions help but are not the import: if the rules fail on a letter, it is stored without them (the member
     * can suggest again later). Only finding is guarded; storing what was found fails the import like any other write.
     */
    private SuggestionWorkflow.Counts suggest(Repositories r, long letterId) {
        Suggestions found;
        try {
            found = suggestions.find(r, letterId);
        } catch (RuntimeException e) {
            LOG.warn("Finding suggestions for letter {} failed; it is imported without them", letterId, e);
            return SuggestionWorkflow.Counts.NONE;
        }
        return suggestions.store(r, letterId, found);
    }

    private static Letter letter(Repositories r, ImportDraft draft, SplitResult split, LetterDetails details) {
        Optional<Body> body = details.bodyName().filter(n -> !n.isBlank()).map(n -> r.bodies().bodyNamedOrNew(n));
        Optional<Meeting> meeting = body.flatMap(b -> details.meetingName().filter(n -> !n.isBlank())
                .map(n -> r.bodies().meetingOrNew(b.id(), n, details.meetingDate())));
        Optional<SourceFile> source = draft.original().map(f -> new SourceFile(draft.originalName(),
                draft.originalMediaType(), draft.sha256()));
        return new Letter(0, details.title().strip(), details.date(), details.from(), details.to(), body.map(Body::id),
                meeting.map(Meeting::id), source, split.intro(), split.closing(), split.fullText(), Optional.empty());
    }

    private static List<Item> addItems(Repositories r, long letterId, List<SplitItem> items) {
        Map<String, Long> idsByPath = new HashMap<>();
        List<Item> stored = new java.util.ArrayList<>();
        for (int order = 0; order < items.size(); order++) {
            SplitItem item = items.get(order);
            Optional<Long> parent = item.parentPath().map(p -> Optional.ofNullable(idsByPath.get(p))
                    .orElseThrow(() -> new IllegalArgumentException("Item " + item.path() + " comes before its parent " + p)));
            Item added = r.items().add(new Item(0, letterId, parent, item.label(), item.path(), order, item.concern(),
                    item.response(), Optional.of(item.concernSpan()), item.responseSpan(), Stance.UNDECIDED, ""));
            idsByPath.put(item.path(), added.id());
            stored.add(added);
        }
        return stored;
    }

    /** Where a case keeps the original of a letter: named by the start of its SHA-256 and its own name. */
    public static Path originalPath(CaseHandle handle, String sha256, String fileName) {
        return handle.folder().original(sha256, fileName);
    }

    private static void checkCancelled(ProgressListener progress, String name) {
        if (progress.isCancelled()) {
            throw new CancelledException("Importing " + name);
        }
    }

    static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportException(file.getFileName().toString(), "does not exist (" + file.toAbsolutePath() + ").", e);
        } catch (IOException e) {
            throw new ImportException(file.getFileName().toString(), "could not be read: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * A letter as stored, with its items, the splitter's warnings (and those of attachments skipped), how many
     * suggestions were made for it, and the letters stored from the documents attached to it.
     */
    public record StoredLetter(Letter letter, List<Item> items, List<String> warnings,
                               SuggestionWorkflow.Counts suggested, List<StoredLetter> attached) {
        public StoredLetter {
            items = List.copyOf(items);
            warnings = List.copyOf(warnings);
            Objects.requireNonNull(suggested, "suggested");
            attached = List.copyOf(attached);
        }

        public long responses() {
            return items.stream().filter(Item::hasResponse).count();
        }

        /** The name of the file the letter came from (an attachment's, say), or its title for pasted text. */
        public String name() {
            return letter.source().map(SourceFile::fileName).orElse(letter.title());
        }

        /** This letter with the letters attached to it and the warnings about attachments it skipped. */
        StoredLetter withAttached(List<StoredLetter> letters, List<String> skipped) {
            List<String> all = new java.util.ArrayList<>(warnings);
            all.addAll(skipped);
            return new StoredLetter(letter, items, all, suggested, letters);
        }
    }
}
