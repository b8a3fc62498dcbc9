package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.importing.model.Envelope;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.split.LetterSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture letter as it reaches a member by e-mail: as the e-mail's own text, and as a PDF attached to a cover
 * note. Read by the standard readers and split, either gives the 14 items of expected.json, and the letter carries
 * the e-mail's envelope.
 */
class EmailFixtureLetterTest {

    private static final String SUBJECT = "Re: Concerns raised at the Trust Board on 26 May 2021";

    @TempDir
    Path temp;

    @Test
    void aLetterWrittenInTheEmailItselfSplitsIntoTheFourteenItems() throws IOException {
        String letter = Files.readString(FixtureLetter.file("letter.txt"), StandardCharsets.UTF_8);
        Path mail = TestMails.write(TestMails.from(SUBJECT)
                .setBody(letter, "plain", StandardCharsets.UTF_8).setContentTransferEncoding("quoted-printable").build(),
                temp.resolve("reply.eml"));

        SourceText text = DocumentReaders.standard().read(mail);

        assertThat(text.fileName()).isEqualTo("reply.eml");
        assertTheFourteenItems(new LetterSplitter().split(text));
        Envelope envelope = text.envelope().orElseThrow();
        assertTheEnvelope(envelope);
        assertThat(envelope.bodyIsCover()).isFalse();
        assertThat(text.attachments()).isEmpty();
    }

    @Test
    void aPdfLetterAttachedToACoverNoteIsTheLetterAndSplitsIntoTheFourteenItems() throws IOException {
        Path mail = TestMails.write(TestMails.withBody(TestMails.from(SUBJECT), TestMails.mixed(
                TestMails.text("Dear Tamar,\n\nPlease find attached our response to the concerns raised at the Trust "
                        + "Board.\n\nKind regards,\nFOI Team\n", "plain", StandardCharsets.UTF_8, "quoted-printable"),
                TestMails.attachment("Response to LXP concerns.pdf", "application/pdf", FixtureLetter.file("letter.pdf")))),
                temp.resolve("reply with attachment.eml"));

        SourceText text = DocumentReaders.standard().read(mail);

        assertThat(text.fileName()).isEqualTo("Response to LXP concerns.pdf");
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertTheFourteenItems(new LetterSplitter().split(text));
        Envelope envelope = text.envelope().orElseThrow();
        assertTheEnvelope(envelope);
        assertThat(envelope.bodyIsCover()).isTrue();
        assertThat(text.attachments()).isEmpty();
    }

    private static void assertTheFourteenItems(SplitResult split) {
        List<FixtureLetter.Item> expected = FixtureLetter.items();
        assertThat(split.items()).hasSize(14).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            SplitItem got = split.items().get(i);
            assertThat(got.label()).isEqualTo(expected.get(i).label());
            assertThat(FixtureLetter.collapse(got.concern())).startsWith(expected.get(i).concern());
        }
    }

    private static void assertTheEnvelope(Envelope envelope) {
        assertThat(envelope.from()).isEqualTo(TestMails.FROM);
        assertThat(envelope.to()).containsExactly(TestMails.TO);
        assertThat(envelope.subject()).isEqualTo(SUBJECT);
        assertThat(envelope.sent()).contains(TestMails.SENT);
    }
}
