package org.casebook.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.casebook.importing.model.LetterMetadata;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitResult;

/**
 * A letter read and split but not yet stored: what the review step shows and edits.
 *
 * @param original the file it came from; empty for pasted text
 * @param sha256   of the original's bytes (or of the pasted text in UTF-8)
 */
public record ImportDraft(Optional<Path> original, String sha256, SourceText source, SplitResult split,
                          LetterMetadata metadata) {
    public ImportDraft {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The details the form starts with, from what the text says about itself; the member checks them. */
    public LetterDetails suggestedDetails() {
        Optional<LetterMetadata.MeetingMention> meeting = metadata.meetings().stream().findFirst();
        String title = meeting.map(m -> "Reply to concerns raised at the " + m.label())
                .orElseGet(() -> baseName(source.fileName()));
        return new LetterDetails(title, Optional.empty(), metadata.signedBy().orElse(""),
                metadata.addressee().orElse(""), Optional.empty(),
                meeting.map(LetterMetadata.MeetingMention::name), meeting.map(LetterMetadata.MeetingMention::date));
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
