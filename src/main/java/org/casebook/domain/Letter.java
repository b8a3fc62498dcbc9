package org.casebook.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A letter (or minutes, or an FOI reply) holding the body's answers to the group's concerns.
 * {@code fullText} is the text as imported; item spans point into it. {@code attachedTo} names the letter of the
 * e-mail this one came attached to; it is empty for a letter that came on its own (or is the e-mail itself).
 */
public record Letter(
        long id,
        String title,
        Optional<LocalDate> date,
        String from,
        String to,
        Optional<Long> bodyId,
        Optional<Long> meetingId,
        Optional<SourceFile> source,
        String intro,
        String closing,
        String fullText,
        Optional<Long> attachedTo) {

    public Letter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(fullText, "fullText");
        Objects.requireNonNull(attachedTo, "attachedTo");
    }

    /** This letter as stored under {@code newId}. */
    public Letter withId(long newId) {
        return new Letter(newId, title, date, from, to, bodyId, meetingId, source, intro, closing, fullText, attachedTo);
    }
}
