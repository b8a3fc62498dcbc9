package org.casebook.exchange.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.Test;

class EmailDraftTest {

    private static final String LONG_LINE = "Please provide the number of peer support workers employed on 31 March 2025, "
            + "broken down by Agenda for Change band and by directorate, with the total pay bill of £1,234,567 for them.";
    private static final String BODY = "Dear Leeds Teaching Hospitals NHS Trust,\n\n" + LONG_LINE + "\n\nYours faithfully,\n";

    @Test
    void writesADraftOutlookOpensWithItsRecipientSubjectAndUnsentFlag() throws IOException {
        byte[] eml = write(Optional.empty());
        Message message = parse(eml);

        assertThat(message.getTo()).singleElement().isInstanceOfSatisfying(Mailbox.class,
                to -> assertThat(to.getAddress()).isEqualTo("foi.leeds@example.nhs.uk"));
        assertThat(message.getSubject()).isEqualTo("Freedom of Information request – peer support £ spend");
        assertThat(message.getHeader().getField("X-Unsent").getBody()).isEqualTo("1");
        assertThat(message.getHeader().getField("MIME-Version").getBody()).isEqualTo("1.0");
        assertThat(message.getDate()).isNull();
        assertThat(message.getMimeType()).isEqualTo("text/plain");
        assertThat(message.getCharset()).isEqualToIgnoringCase("UTF-8");
        assertThat(message.getContentTransferEncoding()).isEqualTo("quoted-printable");
    }

    @Test
    void keepsThePoundSignAndTheLongLineWhileNoEncodedLineIsLongerThanMailAllows() throws IOException {
        byte[] eml = write(Optional.empty());
        String raw = new String(eml, StandardCharsets.US_ASCII);

        assertThat(bodyText(parse(eml))).isEqualTo(BODY.replace("\n", "\r\n"));
        assertThat(raw).contains("=C2=A3").doesNotContain("£");
        assertThat(raw.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
    }

    @Test
    void writesTheDateWhenOneIsGiven() throws IOException {
        ZonedDateTime when = ZonedDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneId.of("Europe/London"));

        Message message = parse(write(Optional.of(when)));

        assertThat(message.getDate().toInstant()).isEqualTo(when.toInstant());
    }

    @Test
    void makesASubjectWithALineBreakOneLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EmailDraft().write("foi@example.org", "FOI request\r\nBcc: someone@example.org", "Hello", out);

        Message message = parse(out.toByteArray());
        assertThat(message.getSubject()).isEqualTo("FOI request Bcc: someone@example.org");
        assertThat(message.getHeader().getField("Bcc")).isNull();
    }

    @Test
    void refusesWhatIsNotOneAddress() {
        for (String notOne : new String[] {"see website", "", "a@example.org, b@example.org"}) {
            assertThatThrownBy(() -> new EmailDraft().write(notOne, "s", "b", new ByteArrayOutputStream()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + notOne.strip() + "\"");
        }
    }

    private static byte[] write(Optional<ZonedDateTime> date) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EmailDraft().write("foi.leeds@example.nhs.uk", "Freedom of Information request – peer support £ spend",
                BODY, date, out);
        return out.toByteArray();
    }

    private static Message parse(byte[] eml) throws IOException {
        return new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(eml));
    }

    private static String bodyText(Message message) throws IOException {
        try (Reader reader = ((TextBody) message.getBody()).getReader()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }
}
