package org.casebook.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.Envelope;
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

    /** "Re:", "RE: Fwd:" and the like before a subject say nothing about the letter. */
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^(\\s*(re|fw|fwd|aw)\\s*:)+");
    private static final Pattern NAMED_ADDRESS = Pattern.compile("\"?([^\"<]*)\"?\\s*<[^>]*>");

    public ImportDraft {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * The details the form starts with, from what the text says about itself and, for a letter that came by e-mail,
     * from the e-mail's envelope: its subject is the title, its sender and recipients the letter's from and to, the day
     * it was sent the letter's date. The member checks them.
     */
    public LetterDetails suggestedDetails() {
        Optional<LetterMetadata.MeetingMention> meeting = metadata.meetings().stream().findFirst();
        Optional<Envelope> envelope = source.envelope();
        String title = envelope.map(e -> REPLY_PREFIX.matcher(e.subject()).replaceFirst("").strip()).filter(t -> !t.isEmpty())
                .or(() -> meeting.map(m -> "Reply to concerns raised at the " + m.label()))
                .orElseGet(() -> baseName(source.fileName()));
        String from = envelope.map(e -> displayNames(List.of(e.from()))).filter(f -> !f.isEmpty())
                .orElse(metadata.signedBy().orElse(""));
        String to = envelope.map(e -> displayNames(e.to())).filter(t -> !t.isEmpty())
                .orElse(metadata.addressee().orElse(""));
        Optional<LocalDate> date = envelope.flatMap(Envelope::sent).map(OffsetDateTime::toLocalDate);
        return new LetterDetails(title, date, from, to, Optional.empty(),
                meeting.map(LetterMetadata.MeetingMention::name), meeting.map(LetterMetadata.MeetingMention::date));
    }

    /**
     * The name of the file the member imported, under which its original is kept: for an e-mail the .eml, even when
     * the letter is a document attached to it; "pasted text" for pasted text.
     */
    public String originalName() {
        return original.map(Path::getFileName).map(Path::toString).orElse(source.fileName());
    }

    /** The media type of that file: {@code message/rfc822} for an e-mail, whichever of its parts holds the letter. */
    public String originalMediaType() {
        return source.envelope().isPresent() ? DocumentFormat.EMAIL.mediaType() : source.mediaType();
    }

    /** "FOI Team <foi@example.nhs.uk>" → "FOI Team"; an address without a name stays as it is. */
    private static String displayNames(List<String> addresses) {
        return addresses.stream().map(a -> {
            Matcher named = NAMED_ADDRESS.matcher(a.strip());
            return named.matches() && !named.group(1).isBlank() ? named.group(1).strip() : a.strip();
        }).filter(a -> !a.isEmpty()).collect(Collectors.joining(", "));
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
