package org.casebook.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Letter;
import org.casebook.domain.SourceFile;
import org.casebook.importing.model.Attachment;
import org.casebook.importing.model.Envelope;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.service.LetterImportService.StoredLetter;
import org.casebook.storage.Repositories;

/**
 * The documents an e-mail carried, stored as letters attached to the e-mail's letter (ADR 19): each split as its
 * own letter, with the e-mail letter's people, date, body and meeting, and its bytes kept as its original. Runs
 * inside the transaction that stores the e-mail's letter, so that all of them are stored or none.
 */
final class AttachedDocuments {

    /** An attachment read and split, before the transaction: splitting needs no lock on the case. */
    record Document(Attachment attachment, String sha256, SplitResult split) {
    }

    /** Stores a letter's items and suggestions, as the import service does for every letter. */
    @FunctionalInterface
    interface SplitStore {
        StoredLetter store(Repositories r, Letter letter, SplitResult split);
    }

    private final LetterSplitter splitter;
    private final SplitStore splits;

    AttachedDocuments(LetterSplitter splitter, SplitStore splits) {
        this.splitter = splitter;
        this.splits = splits;
    }

    /** Fingerprints and splits the documents attached to {@code source}; none when it did not come by e-mail. */
    List<Document> read(SourceText source) {
        return source.attachments().stream()
                .map(a -> new Document(a, LetterImportService.sha256(a.content()), splitter.split(a.text())))
                .toList();
    }

    /**
     * Stores each document as a letter attached to {@code email}, its original staged in {@code originals}; a
     * document whose bytes are in the case already is skipped with a warning. Returns {@code email} with them.
     */
    StoredLetter store(Repositories r, StoredLetter email, SourceText source, List<Document> documents,
                       PendingOriginals originals) {
        List<StoredLetter> stored = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Document document : documents) {
            String name = document.attachment().fileName();
            Optional<Letter> before = r.letters().bySha256(document.sha256());
            if (before.isPresent()) {
                skipped.add(name + ": came attached but was imported before, as the letter \""
                        + before.get().title() + "\"; it was not imported again.");
                continue;
            }
            Letter letter = r.letters().add(letter(email.letter(), source.envelope(), document));
            stored.add(splits.store(r, letter, document.split()));
            originals.write(document.attachment().content(), document.sha256(), name);
        }
        return email.withAttached(stored, skipped);
    }

    private static Letter letter(Letter email, Optional<Envelope> envelope, Document document) {
        Attachment attachment = document.attachment();
        SplitResult split = document.split();
        return new Letter(0, title(envelope, attachment.fileName()), email.date(), email.from(), email.to(),
                email.bodyId(), email.meetingId(),
                Optional.of(new SourceFile(attachment.fileName(), attachment.text().mediaType(), document.sha256())),
                split.intro(), split.closing(), split.fullText(), Optional.of(email.id()));
    }

    /** "Subject — response.pdf", or the file's name alone when the e-mail had no subject. */
    static String title(Optional<Envelope> envelope, String fileName) {
        return envelope.map(Envelope::subject).map(String::strip).filter(s -> !s.isEmpty())
                .map(subject -> subject + " — " + fileName).orElse(fileName);
    }
}
