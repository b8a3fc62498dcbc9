package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.Fixtures;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details a letter that came by e-mail starts with: the envelope's, where the e-mail has them. */
class ImportDraftDetailsTest {

    @TempDir
    Path temp;

    private final LetterImportService imports =
            new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder());

    @Test
    void anEmailsSubjectSenderRecipientsAndDayFillTheLettersDetails() throws IOException {
        LetterDetails details = imports.prepare(mail("""
                From: "FOI Team" <foi@example-trust.nhs.uk>
                To: Tamar <tamar@example.org>, lxp@example.org
                Subject: RE: Fwd: Concerns raised at the Trust Board
                Date: Tue, 22 Jun 2021 00:30:00 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: 8bit
                """), ProgressListener.NONE).suggestedDetails();

        assertThat(details.title()).isEqualTo("Concerns raised at the Trust Board");
        assertThat(details.from()).isEqualTo("FOI Team");
        assertThat(details.to()).isEqualTo("Tamar, lxp@example.org");
        assertThat(details.date()).as("the day the sender saw, not the day in UTC").contains(LocalDate.of(2021, 6, 22));
        assertThat(details.meetingName()).contains("Trust Board");
    }

    @Test
    void whereTheEnvelopeIsSilentTheLettersOwnTextFillsTheDetails() throws IOException {
        LetterDetails details = imports.prepare(mail("""
                Message-ID: <1@example-trust.nhs.uk>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8
                """), ProgressListener.NONE).suggestedDetails();

        assertThat(details.title()).isEqualTo("Reply to concerns raised at the Trust Board, 26 May 2021");
        assertThat(details.from()).isEqualTo("Danielle");
        assertThat(details.to()).isEqualTo("Tamar and colleagues");
        assertThat(details.date()).isEmpty();
    }

    /** The fixture letter as the body of an e-mail with these headers. */
    private Path mail(String headers) throws IOException {
        String letter = Files.readString(Fixtures.trustBoardReply("letter.txt"), StandardCharsets.UTF_8);
        return Files.writeString(temp.resolve("reply.eml"), headers + "\n" + letter, StandardCharsets.UTF_8);
    }
}
