package org.casebook.exchange.foi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.Fields;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.field.address.ParseException;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.RawField;

/**
 * Writes a request as an RFC 5322 e-mail draft (.eml) for the member to open, check and send from their own mail
 * program: Casebook never sends mail itself. {@code X-Unsent: 1} makes Outlook open the file as a draft with a Send
 * button rather than as a received message; the text is UTF-8, quoted-printable, so "£", accents and long lines
 * survive any mail program.
 */
public final class EmailDraft {

    /** A draft without a Date: the mail program dates it when it is sent. */
    public void write(String to, String subject, String body, OutputStream out) throws IOException {
        write(to, subject, body, Optional.empty(), out);
    }

    /**
     * Writes the draft to {@code out}, which stays open. An address that is not one (or is two) is refused with
     * {@link IllegalArgumentException} naming it, before anything is written.
     */
    public void write(String to, String subject, String body, Optional<ZonedDateTime> date, OutputStream out)
            throws IOException {
        Mailbox recipient = mailbox(to);
        Message.Builder draft = Message.Builder.of()
                .setField(Fields.version("1.0"))
                .setTo(recipient)
                // A line break in a header would start a new header (or the body): the subject is one line.
                .setSubject(subject.replaceAll("[\\r\\n]+", " ").strip())
                .setField(new RawField("X-Unsent", "1"))
                .setBody(crlf(body), "plain", StandardCharsets.UTF_8)
                .setContentTransferEncoding("quoted-printable");
        date.ifPresent(d -> draft.setDate(Date.from(d.toInstant()), TimeZone.getTimeZone(d.getZone())));
        new DefaultMessageWriter().writeMessage(draft.build(), out);
        out.flush();
    }

    private static Mailbox mailbox(String to) {
        String address = to == null ? "" : to.strip();
        if (address.isEmpty() || address.contains("\n") || address.contains("\r") || address.contains(",")) {
            throw new IllegalArgumentException("\"" + address + "\" is not one e-mail address to write a draft to.");
        }
        try {
            return DefaultAddressParser.DEFAULT.parseMailbox(address);
        } catch (ParseException | IllegalArgumentException notAnAddress) {
            throw new IllegalArgumentException("\"" + address + "\" is not an e-mail address to write a draft to.",
                    notAnAddress);
        }
    }

    /** Mail lines end in CRLF; text typed on any system is brought to that so the encoder keeps its line breaks. */
    private static String crlf(String body) {
        return body.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }
}
