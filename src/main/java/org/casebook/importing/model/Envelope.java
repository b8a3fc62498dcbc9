package org.casebook.importing.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an e-mail says about itself: who sent it, to whom, when and under what subject. It fills in the details of
 * the letter the e-mail carries, whether that letter is the e-mail's body or a document attached to it.
 *
 * @param from       the sender as written, e.g. {@code "FOI Team <foi@example.nhs.uk>"}; empty when missing
 * @param to         the recipients as written
 * @param cc         the copied recipients as written
 * @param subject    the subject, decoded; empty when missing
 * @param sent       the Date header, when present and readable
 * @param bodyIsCover whether the body is only a cover note and the letter is an attached document
 */
public record Envelope(String from, List<String> to, List<String> cc, String subject, Optional<OffsetDateTime> sent,
                       boolean bodyIsCover) {

    public Envelope {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sent, "sent");
    }
}
