package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.MultipartBuilder;
import org.apache.james.mime4j.stream.NameValuePair;
import org.casebook.importing.model.Attachment;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.LineStyle;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** E-mails saved as .eml: which part is the letter, what the envelope says, and what is refused. */
class EmailDocumentReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path temp;

    private final DocumentReaders readers = DocumentReaders.standard();

    @Test
    void decodesAnEncodedSubjectAndSenderAndAQuotedPrintableBodyInItsCharset() throws IOException {
        String raw = """
                From: =?UTF-8?Q?Si=C3=A2n_Jones?= <sian@example.nhs.uk>
                To: tamar@example.org, "Board Secretary" <board@example.nhs.uk>
                Cc: LXP group <lxp@example.org>
                Subject: =?UTF-8?B?UGF5IG9mIMKjMjAgYSBkYXkg4oCTIG91ciByZXNwb25zZQ==?=
                Date: Mon, 21 Jun 2021 16:05:00 +0100
                Message-ID: <1@example.nhs.uk>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=windows-1252
                Content-Transfer-Encoding: quoted-printable

                Dear Tamar,

                Experts by experience are paid =A320 a day =96 the =91flexible=92 rate.
                """;
        SourceText text = readers.read(Files.write(temp.resolve("pay.eml"), raw.getBytes(StandardCharsets.US_ASCII)));

        assertThat(text.fullText()).contains("Experts by experience are paid \u00A320 a day \u2013 the \u2018flexible\u2019 rate.");
        var envelope = text.envelope().orElseThrow();
        assertThat(envelope.from()).isEqualTo("Si\u00E2n Jones <sian@example.nhs.uk>");
        assertThat(envelope.to()).containsExactly("tamar@example.org", "Board Secretary <board@example.nhs.uk>");
        assertThat(envelope.cc()).containsExactly("LXP group <lxp@example.org>");
        assertThat(envelope.subject()).isEqualTo("Pay of \u00A320 a day \u2013 our response");
        assertThat(envelope.sent()).map(Object::toString).contains("2021-06-21T16:05+01:00");
    }

    @Test
    void readsAnHtmlOnlyBodyAsAWebPageWithItsItalics() throws IOException {
        Message mail = TestMails.from("Our response").setBody("<html><body><p>Dear Tamar,</p><ol><li>Pay</li></ol>"
                + "<p><i>The Trust will review the rate.</i></p></body></html>", "html", StandardCharsets.UTF_8)
                .setContentTransferEncoding("base64").build();
        SourceText text = readers.read(TestMails.write(mail, temp.resolve("html.eml")));

        assertThat(text.lines()).extracting(SourceLine::text).containsExactly("Dear Tamar,", "1. Pay",
                "The Trust will review the rate.");
        assertThat(text.lines().get(2).style()).isEqualTo(LineStyle.ITALIC);
    }

    @Test
    void prefersThePlainTextOfABodyThatComesInBothForms() throws IOException {
        MultipartBuilder alternative = MultipartBuilder.create("alternative")
                .addBodyPart(TestMails.text("Dear Tamar, the plain form.", "plain", StandardCharsets.UTF_8, "7bit"))
                .addBodyPart(TestMails.text("<p>Dear Tamar, the HTML form.</p>", "html", StandardCharsets.UTF_8, "7bit"));
        Message mail = TestMails.from("Both").setBody(alternative.build())
                .setContentType("multipart/alternative", new NameValuePair("boundary", "alt")).build();
        assertThat(readers.read(TestMails.write(mail, temp.resolve("both.eml"))).fullText())
                .isEqualTo("Dear Tamar, the plain form.");
    }

    @Test
    void aLetterInTheBodyCarriesTheReadableAttachmentsAndSkipsTheRest() throws IOException {
        Path mail = TestMails.write(TestMails.withBody(TestMails.from("Reply"), TestMails.mixed(
                TestMails.text(longLetter(), "plain", StandardCharsets.UTF_8, "quoted-printable"),
                TestMails.attachment("annex.docx", "application/octet-stream", FixtureLetter.file("letter.docx")),
                TestMails.attachment("logo.png", "image/png", PNG),
                TestMails.attachment("../../notes.txt", "text/plain", "Notes of the meeting.".getBytes(StandardCharsets.UTF_8)))),
                temp.resolve("reply.eml"));

        SourceText text = readers.read(mail);

        assertThat(text.fileName()).isEqualTo("reply.eml");
        assertThat(text.envelope().orElseThrow().bodyIsCover()).isFalse();
        assertThat(text.attachments()).extracting(Attachment::fileName).containsExactly("annex.docx", "notes.txt");
        Attachment annex = text.attachments().get(0);
        assertThat(annex.content()).isEqualTo(Files.readAllBytes(FixtureLetter.file("letter.docx")));
        assertThat(annex.text().fullText()).contains("NHSE Funding for band 7 KUF trainer has been refused.");
    }

    @Test
    void aCoverNoteLeavesTheFirstReadableAttachmentAsTheLetterAndTheOthersAttached() throws IOException {
        Path mail = TestMails.write(TestMails.withBody(TestMails.from("FOI 123"), TestMails.mixed(
                TestMails.text("Hello,\n\nAttached is our response to your request.\n\nFOI Team", "plain",
                        StandardCharsets.UTF_8, "7bit"),
                TestMails.attachment("logo.png", "image/png", PNG),
                TestMails.attachment("response.odt", "application/vnd.oasis.opendocument.text", FixtureLetter.file("letter.odt")),
                TestMails.attachment("annex.pdf", "application/pdf", FixtureLetter.file("letter.pdf")))),
                temp.resolve("cover.eml"));

        SourceText text = readers.read(mail);

        assertThat(text.fileName()).isEqualTo("response.odt");
        assertThat(text.envelope().orElseThrow().bodyIsCover()).isTrue();
        assertThat(text.envelope().orElseThrow().subject()).isEqualTo("FOI 123");
        assertThat(text.attachments()).extracting(Attachment::fileName).containsExactly("annex.pdf");
    }

    @Test
    void refusesAnEmailWithNoTextWhoseAttachmentsAreAllUnreadable() throws IOException {
        Path mail = TestMails.write(TestMails.withBody(TestMails.from("Scan"), TestMails.mixed(
                TestMails.attachment("scan.png", "image/png", PNG))), temp.resolve("scan.eml"));
        assertThatThrownBy(() -> readers.read(mail)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("scan.eml: " + EmailDocumentReader.ALL_UNREADABLE)
                .hasMessageContaining("scan.png: is a PNG image");
    }

    @Test
    void refusesAnEmailWithNeitherTextNorAttachments() throws IOException {
        String raw = "From: foi@example.nhs.uk\r\nDate: Mon, 21 Jun 2021 16:05:00 +0100\r\nSubject: Empty\r\n\r\n\r\n";
        Path mail = Files.writeString(temp.resolve("empty.eml"), raw, StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> readers.read(mail)).isInstanceOf(ImportException.class)
                .hasMessage("empty.eml: " + EmailDocumentReader.NOTHING_READABLE);
    }

    @Test
    void refusesAnSmimeEncryptedEmail() throws IOException {
        Message mail = TestMails.from("Secret").setBody(new byte[] {0x30, (byte) 0x80, 6, 9}, "application/pkcs7-mime")
                .setContentType("application/pkcs7-mime", new NameValuePair("smime-type", "enveloped-data"))
                .setContentTransferEncoding("base64").build();
        Path file = TestMails.write(mail, temp.resolve("smime.eml"));
        assertThatThrownBy(() -> readers.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("smime.eml: " + EmailDocumentReader.SMIME);
    }

    @Test
    void refusesAPgpEncryptedEmail() throws IOException {
        MultipartBuilder encrypted = MultipartBuilder.create("encrypted")
                .addBodyPart(BodyPartBuilder.create().setBody("Version: 1", "pgp-encrypted", StandardCharsets.US_ASCII)
                        .setContentType("application/pgp-encrypted"))
                .addBodyPart(TestMails.attachment("encrypted.asc", "application/octet-stream",
                        "-----BEGIN PGP MESSAGE-----\nhQEMA\n-----END PGP MESSAGE-----\n".getBytes(StandardCharsets.US_ASCII)));
        Message mail = TestMails.from("Secret").setBody(encrypted.build()).setContentType("multipart/encrypted",
                new NameValuePair("protocol", "application/pgp-encrypted"), new NameValuePair("boundary", "pgp")).build();
        Path file = TestMails.write(mail, temp.resolve("pgp.eml"));
        assertThatThrownBy(() -> readers.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("pgp.eml: " + EmailDocumentReader.PGP);
    }

    @Test
    void refusesPartsNestedFarDeeperThanAnyRealEmail() throws IOException {
        BodyPartBuilder part = TestMails.text("Dear Tamar", "plain", StandardCharsets.UTF_8, "7bit");
        for (int depth = 0; depth < EmailDocumentReader.MAX_NESTING + 5; depth++) {
            part = BodyPartBuilder.create().setBody(MultipartBuilder.create("mixed").addBodyPart(part).build())
                    .setContentType("multipart/mixed", new NameValuePair("boundary", "level" + depth));
        }
        Path file = TestMails.write(TestMails.withBody(TestMails.from("Deep"), TestMails.mixed(part)), temp.resolve("deep.eml"));
        assertThatThrownBy(() -> readers.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("deep.eml: " + EmailDocumentReader.TOO_DEEP);
    }

    @Test
    void refusesAnEmailOfFarMorePartsThanAnyRealOne() throws IOException {
        MultipartBuilder many = MultipartBuilder.create("mixed");
        for (int i = 0; i < EmailDocumentReader.MAX_PARTS + 10; i++) {
            many.addBodyPart(TestMails.text("part " + i, "plain", StandardCharsets.UTF_8, "7bit"));
        }
        Path file = TestMails.write(TestMails.withBody(TestMails.from("Many"), many), temp.resolve("many.eml"));
        assertThatThrownBy(() -> readers.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("many.eml: " + EmailDocumentReader.TOO_MANY_PARTS);
    }

    @Test
    void refusesHeadersLongerThanAnyRealEmailHas() throws IOException {
        String raw = "From: foi@example.nhs.uk\r\nDate: Mon, 21 Jun 2021 16:05:00 +0100\r\nSubject: "
                + "x".repeat(EmailDocumentReader.MAX_HEADER_LENGTH + 10) + "\r\n\r\nDear Tamar\r\n";
        Path mail = Files.writeString(temp.resolve("long.eml"), raw, StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> readers.read(mail)).isInstanceOf(ImportException.class)
                .hasMessage("long.eml: " + EmailDocumentReader.OVERSIZED);
    }

    @Test
    void readsAttachmentsUnderTheSameSizeLimitAsTheirReaders() throws IOException {
        DocumentReaders small = new DocumentReaders(List.of(new PdfDocumentReader(), new TextDocumentReader()), 1000);
        EmailDocumentReader reader = new EmailDocumentReader(small);
        Path mail = TestMails.write(TestMails.withBody(TestMails.from("Big"), TestMails.mixed(
                TestMails.attachment("letter.pdf", "application/pdf", FixtureLetter.file("letter.pdf")))),
                temp.resolve("big.eml"));
        assertThatThrownBy(() -> reader.read(mail)).isInstanceOf(ImportException.class)
                .hasMessageContaining("letter.pdf: is too large to import");
    }

    private static String longLetter() {
        return "Dear Tamar,\n\n" + "We write in answer to the concerns you raised at the Board meeting. ".repeat(12)
                + "\n\n1. Pay\n\nThe Trust will review the rate of pay.\n\nYours sincerely,\nChief Executive\n";
    }
}
