package org.casebook.importing.reading;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.stream.Field;
import org.casebook.importing.model.Envelope;

/** What an e-mail's headers say of it, decoded as mail software shows it: names with addresses, the subject, the date. */
final class MailEnvelopes {

    private MailEnvelopes() {
    }

    static Envelope of(Message message, boolean bodyIsCover) {
        List<String> from = new ArrayList<>();
        if (message.getFrom() != null) {
            message.getFrom().forEach(mailbox -> from.add(written(mailbox)));
        }
        return new Envelope(from.isEmpty() ? raw(message, "From") : String.join(", ", from),
                addresses(message, message.getTo(), "To"), addresses(message, message.getCc(), "Cc"),
                Optional.ofNullable(message.getSubject()).map(String::strip).orElse(""), sent(message), bodyIsCover);
    }

    private static List<String> addresses(Message message, AddressList list, String header) {
        if (list == null) {
            String raw = raw(message, header);
            return raw.isEmpty() ? List.of() : List.of(raw);
        }
        List<String> written = new ArrayList<>();
        list.flatten().forEach(mailbox -> written.add(written(mailbox))); // a group's members, each as a mailbox
        return written;
    }

    private static String written(Mailbox mailbox) {
        String name = mailbox.getName();
        return name == null || name.isBlank() ? mailbox.getAddress() : name.strip() + " <" + mailbox.getAddress() + ">";
    }

    /** A header that Mime4j could not parse as addresses, decoded and unfolded as it stands. */
    private static String raw(Message message, String header) {
        Field field = message.getHeader().getField(header);
        if (field == null || field.getBody() == null) {
            return "";
        }
        return DecoderUtil.decodeEncodedWords(field.getBody(), DecodeMonitor.SILENT).replaceAll("\\s+", " ").strip();
    }

    /** The Date header with the sender's own offset, so the day is the day the sender saw; else Mime4j's reading in UTC. */
    private static Optional<OffsetDateTime> sent(Message message) {
        String date = raw(message, "Date").replaceAll("\\([^)]*\\)", "").strip();
        if (!date.isEmpty()) {
            try {
                return Optional.of(OffsetDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException e) {
                // Not quite RFC 1123 (e.g. a two-digit year or a zone name); Mime4j's lenient parser may still read it.
            }
        }
        return Optional.ofNullable(message.getDate()).map(d -> d.toInstant().atOffset(ZoneOffset.UTC));
    }
}
