package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.casebook.importing.Fixtures;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.split.SplitAssertions;
import org.junit.jupiter.api.Test;

class PdfViewerTextReflowTest {

    private static String letter() throws IOException {
        return Files.readString(Fixtures.trustBoardReply("letter.txt"), StandardCharsets.UTF_8);
    }

    private static List<String> paragraphs(String text) {
        return PdfViewerTextReflow.reflow(text).stream().map(SourceLine::text).toList();
    }

    @Test
    void recognisesTextCopiedOutOfAPdfViewer() throws IOException {
        assertThat(PdfViewerTextReflow.looksLikePdfViewerText(letter())).isTrue();
        assertThat(PdfViewerTextReflow.looksLikePdfViewerText(SplitAssertions.resource("pdf-viewer-sample.txt"))).isTrue();
    }

    @Test
    void doesNotMistakeOrdinaryBlankLineParagraphsForViewerText() {
        assertThat(PdfViewerTextReflow.looksLikePdfViewerText(SplitAssertions.resource("cut-off.txt"))).isFalse();
        assertThat(PdfViewerTextReflow.looksLikePdfViewerText(SplitAssertions.resource("foi-repeated.txt"))).isFalse();
    }

    @Test
    void keepsAConcernLineApartFromTheResponseThatRunsOnAfterIt() throws IOException {
        List<String> paragraphs = paragraphs(letter());

        int concern = indexStartingWith(paragraphs, "1. ");
        assertThat(paragraphs.get(concern)).isEqualTo("1. NHSE Funding for band 7 KUF trainer has been refused.");
        assertThat(paragraphs.get(concern + 1)).startsWith("NHSE offered");
    }

    @Test
    void joinsAWordWrappedOntoALineOfItsOwn() throws IOException {
        List<String> paragraphs = paragraphs(letter());

        String item = paragraphs.get(indexStartingWith(paragraphs, "a) "));
        assertThat(item).endsWith("\u00A3300 a day");
        assertThat(paragraphs.get(indexStartingWith(paragraphs, "a) ") + 1)).startsWith("Our understanding");
    }

    @Test
    void startsEachBulletAsItsOwnParagraphAndJoinsItsWrappedLine() throws IOException {
        List<String> bullets = paragraphs(letter()).stream().filter(p -> p.startsWith("- ")).toList();

        assertThat(bullets).hasSize(4);
        assertThat(bullets.get(1)).endsWith("due to the point above opportunity to do this work is limited.");
    }

    @Test
    void joinsALineThatLostItsEmptyLineAndStartsWithASpace() throws IOException {
        List<String> paragraphs = paragraphs(letter());

        assertThat(paragraphs).anyMatch(p -> p.endsWith("will be increasing co production."));
        assertThat(paragraphs).noneMatch(p -> p.startsWith("production."));
    }

    @Test
    void endsAParagraphAtARaggedLineEvenWithoutASpaceMarker() throws IOException {
        List<String> paragraphs = paragraphs(letter());

        int last = indexStartingWith(paragraphs, "We are sorry that you consider");
        assertThat(paragraphs.get(last)).endsWith("where we can and consider appropriate.");
        assertThat(paragraphs.get(last + 1)).startsWith("It is clear from the above");
    }

    @Test
    void setsASignOffOnALineOfItsOwn() throws IOException {
        List<String> paragraphs = paragraphs(letter());

        assertThat(paragraphs.subList(paragraphs.size() - 2, paragraphs.size())).containsExactly("All the best", "Danielle");
    }

    @Test
    void joinsWrappedLinesOfAnOwnSampleIntoParagraphs() {
        List<String> paragraphs = paragraphs(SplitAssertions.resource("pdf-viewer-sample.txt"));

        assertThat(paragraphs).contains("2. Tutors with lived experience are paid less than other tutors for the same work");
        assertThat(paragraphs).anyMatch(p -> p.startsWith("Thank you for your letter") && p.endsWith("with our answers."));
    }

    private static int indexStartingWith(List<String> paragraphs, String prefix) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starts with " + prefix + " in " + paragraphs);
    }
}
