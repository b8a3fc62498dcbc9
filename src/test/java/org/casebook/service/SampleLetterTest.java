package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.reading.TestDocx.Paragraph;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample letter shipped in the jar is exactly its readable source, and splits exactly as the sample case needs. */
class SampleLetterTest {

    @TempDir
    Path temp;

    private final LetterImportService imports =
            new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder());

    @Test
    void theShippedLetterHoldsTheSourceTextWithItsItalics() throws IOException {
        List<SourceLine> lines = DocumentReaders.standard().read(shippedCopy()).lines();

        List<Paragraph> read = new ArrayList<>();
        for (SourceLine line : lines) {
            read.add(new Paragraph(line.text().strip(), line.runs().stream().allMatch(r -> r.italic())));
        }
        assertThat(read).as("the DOCX was made from the current northvale-reply.txt; see SampleLetterDocx")
                .containsExactlyElementsOf(SampleLetterDocx.paragraphs(SampleLetterDocx.SOURCE));
    }

    @Test
    void theShippedLetterSplitsIntoElevenItemsWithoutWarnings() throws IOException {
        SplitResult split = imports.prepare(shippedCopy(), ProgressListener.NONE).split();

        assertThat(split.warnings()).isEmpty();
        assertThat(split.items()).extracting(SplitItem::path)
                .containsExactly("1", "2", "3", "3/a", "3/b", "4", "5", "6", "7", "8", "9");
        assertThat(split.items()).extracting(i -> i.parentPath().orElse(""))
                .containsExactly("", "", "", "3", "3", "", "", "", "", "", "");
        assertThat(split.items()).extracting(i -> firstWords(i.concern()))
                .containsExactly("Lived experience practitioners who", "The Trust turned down",
                        "Practitioners are left out", "The redesign of the", "The Forum was not",
                        "There is no career", "Practitioners who draw on", "Practitioners have been asked",
                        "Adverts for lived experience", "Questions the Forum puts", "Lived experience practitioners report");
        assertThat(split.items()).extracting(i -> i.response().map(SampleLetterTest::firstWords).orElse(""))
                .containsExactly("The £20 rate comes", "The funding offered covered", "",
                        "The redesign steering group", "The specification is owned", "We agree that progression",
                        "All staff are entitled", "We are sorry that", "Our person specifications follow",
                        "The Board values hearing", "The staff survey can");
        assertThat(split.items().get(0).response()).hasValueSatisfying(r -> assertThat(r).endsWith("by March 2027."));
        assertThat(split.items().get(10).response()).hasValueSatisfying(r -> assertThat(r).endsWith("by 30 October 2026."));
        assertThat(split.intro()).startsWith("Northvale and Kestrel NHS Foundation Trust")
                .contains("Dear members of the Lived Experience Practitioners' Forum");
        assertThat(split.closing()).startsWith("We hope that these responses show").contains("Ruth Calloway");
    }

    @Test
    void theShippedLetterOffersItsMeetingAndSignatory() throws IOException {
        LetterDetails suggested = imports.prepare(shippedCopy(), ProgressListener.NONE).suggestedDetails();

        assertThat(suggested.to()).isEqualTo("members of the Lived Experience Practitioners' Forum");
        assertThat(suggested.meetingName()).contains(SampleCaseService.MEETING);
        assertThat(suggested.meetingDate()).contains(SampleCaseService.MEETING_DATE);
        assertThat(suggested.from()).isEqualTo("Ruth Calloway");
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(4, words.length)));
    }

    private Path shippedCopy() throws IOException {
        Path copy = temp.resolve("northvale-reply.docx");
        try (InputStream in = SampleCaseService.class.getResourceAsStream(SampleCaseService.LETTER_RESOURCE)) {
            Files.copy(in, copy);
        }
        return copy;
    }
}
