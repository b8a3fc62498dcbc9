package org.casebook.importing.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.field.ParseException;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;
import org.apache.james.mime4j.stream.NameValuePair;

/** E-mails for the tests, built and written with Mime4j as a mail program would save them (.eml). */
public final class TestMails {

    public static final String FROM = "FOI Team <foi@example-trust.nhs.uk>";
    public static final String TO = "Tamar <tamar@example.org>";
    public static final OffsetDateTime SENT = OffsetDateTime.parse("2021-06-21T16:05:00+01:00");

    private TestMails() {
    }

    /** An e-mail from the Trust with these headers set; add a body or parts to it. */
    public static Message.Builder from(String subject) {
        try {
            return Message.Builder.of().setFrom(FROM).setTo(TO).setSubject(subject)
                    .setDate(Date.from(SENT.toInstant()), TimeZone.getTimeZone(SENT.getOffset()));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static BodyPartBuilder text(String text, String subtype, Charset charset, String transferEncoding) throws IOException {
        return BodyPartBuilder.create().setBody(text, subtype, charset).setContentTransferEncoding(transferEncoding);
    }

    public static BodyPartBuilder attachment(String fileName, String mimeType, byte[] bytes) throws IOException {
        return BodyPartBuilder.create().setBody(bytes, mimeType).setContentTransferEncoding("base64")
                .setContentDisposition("attachment", fileName);
    }

    public static BodyPartBuilder attachment(String fileName, String mimeType, Path file) throws IOException {
        return attachment(fileName, mimeType, Files.readAllBytes(file));
    }

    public static MultipartBuilder mixed(BodyPartBuilder... parts) {
        MultipartBuilder multipart = MultipartBuilder.create("mixed");
        for (BodyPartBuilder part : parts) {
            multipart.addBodyPart(part);
        }
        return multipart;
    }

    public static Message withBody(Message.Builder message, MultipartBuilder multipart) {
        return message.setBody(multipart.build())
                .setContentType("multipart/mixed", new NameValuePair("boundary", "=_casebook_test_boundary")).build();
    }

    /** A cover note with one attached document, as .eml bytes. */
    public static byte[] coverNoteWith(String note, String fileName, String mimeType, Path document) throws IOException {
        return DefaultMessageWriter.asBytes(withBody(from("Your concerns"), mixed(
                text(note, "plain", StandardCharsets.UTF_8, "quoted-printable"),
                attachment(fileName, mimeType, document))));
    }

    public static Path write(Message message, Path file) {
        try {
            return Files.write(file, DefaultMessageWriter.asBytes(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
