package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.importing.split.SplitAssertions.collapse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casebook.importing.Fixtures;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.model.StyleRun;
import org.casebook.importing.reading.PdfViewerTextReflow;
import org.junit.jupiter.api.Test;

/** Styled sources (PDF, DOCX, ODT) set responses in italics; there the boundary can come from style alone. */
class StyledSplitTest {

    private static SourceLine roman(String text, boolean endsParagraph) {
        return new SourceLine(text, List.of(new StyleRun(0, text.length(), false, false)), 11f, 0f, 1, endsParagraph);
    }

    private static SourceLine italic(String text, boolean endsParagraph) {
        return new SourceLine(text, List.of(new StyleRun(0, text.length(), true, false)), 11f, 0f, 1, endsParagraph);
    }

    private static SourceLine romanThenItalic(String romanPart, String italicPart) {
        String text = romanPart + italicPart;
        return new SourceLine(text, List.of(new StyleRun(0, romanPart.length(), false, false),
                new StyleRun(romanPart.length(), text.length(), true, false)), 11f, 0f, 1, true);
    }

    private static SplitResult split(List<SourceLine> lines) {
        return new LetterSplitter().split(new SourceText("reply.pdf", "application/pdf", lines, true));
    }

    @Test
    void findsTheResponseWhereItalicsBeginInsideOneParagraph() {
        SplitResult result = split(List.of(
                roman("Dear network members", true),
                romanThenItalic("1. Supervision is cancelled at short notice. ",
                        "Supervision was cancelled twice this year because of sickness in the team."),
                romanThenItalic("2. Training budgets were cut. ", "Training budgets were held at last year's level.")));

        assertThat(result.items()).extracting(SplitItem::concern)
                .containsExactly("Supervision is cancelled at short notice.", "Training budgets were cut.");
        assertThat(result.items()).extracting(i -> i.response().orElseThrow())
                .containsExactly("Supervision was cancelled twice this year because of sickness in the team.",
                        "Training budgets were held at last year's level.");
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void splitsAPdfParagraphWhoseFirstLineIsRomanAndLaterLinesItalic() {
        SplitResult result = split(List.of(
                roman("Dear colleagues", true),
                roman("3. Peer workers have no career pathway.", false),
                italic("There is no national framework for these roles", false),
                italic("yet, so progression is decided locally.", true)));

        SplitItem item = result.items().get(0);
        assertThat(item.path()).isEqualTo("3");
        assertThat(item.concern()).isEqualTo("Peer workers have no career pathway.");
        assertThat(item.response()).contains("There is no national framework for these roles yet, so progression is decided locally.");
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void anItalicTitleInsideAConcernDoesNotStartTheResponse() {
        String before = "1. The ";
        String title = "Time to Change";
        String after = " pledge was dropped without telling staff.";
        String concern = before + title + after;
        SourceLine mixed = new SourceLine(concern, List.of(new StyleRun(0, before.length(), false, false),
                new StyleRun(before.length(), before.length() + title.length(), true, false),
                new StyleRun(before.length() + title.length(), concern.length(), false, false)), 11f, 0f, 1, false);
        SplitResult result = split(List.of(mixed, italic("The pledge was renewed in March and staff were told by e-mail.", true)));

        assertThat(result.items().get(0).concern()).isEqualTo("The Time to Change pledge was dropped without telling staff.");
        assertThat(result.items().get(0).response()).contains("The pledge was renewed in March and staff were told by e-mail.");
    }

    /**
     * letter.txt reflowed, with the responses set in italics as the original had them, and each concern run into
     * its response's first paragraph as a PDF reader may leave it: only the italics can tell them apart.
     */
    @Test
    void splitsTheTrustBoardReplyFromItalicsAlone() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Fixtures.trustBoardReply("expected.json").toFile());
        List<SourceLine> paragraphs = PdfViewerTextReflow.reflow(
                Files.readString(Fixtures.trustBoardReply("letter.txt"), StandardCharsets.UTF_8));
        Set<Integer> responses = new HashSet<>();
        Set<Integer> runIntoResponse = new HashSet<>();
        int at = 0;
        for (JsonNode item : expected.get("items")) {
            at = find(paragraphs, at, p -> collapse(p).contains(item.get("concern").asText()));
            if (!item.get("response").isNull()) {
                int first = find(paragraphs, at + 1, p -> collapse(p).startsWith(item.get("response").asText()));
                int last = find(paragraphs, first, p -> collapse(p).endsWith(item.get("responseEnds").asText()));
                for (int i = first; i <= last; i++) {
                    responses.add(i);
                }
                runIntoResponse.add(first - 1);
                at = last;
            }
        }
        List<SourceLine> styled = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            boolean ends = !runIntoResponse.contains(i);
            styled.add(responses.contains(i) ? italic(text, ends) : roman(text, ends));
        }

        SplitResult result = split(styled);

        assertThat(result.items()).hasSize(expected.get("items").size());
        for (int i = 0; i < result.items().size(); i++) {
            JsonNode want = expected.get("items").get(i);
            SplitItem got = result.items().get(i);
            assertThat(got.path()).isEqualTo(FixtureLetterSplitTest.pathOf(want));
            assertThat(collapse(got.concern())).startsWith(want.get("concern").asText());
            if (want.get("response").isNull()) {
                assertThat(got.response()).isEmpty();
            } else {
                assertThat(collapse(got.response().orElseThrow())).startsWith(want.get("response").asText())
                        .endsWith(want.get("responseEnds").asText());
            }
        }
        assertThat(collapse(result.closing())).startsWith(expected.at("/letter/closingStarts").asText());
        SplitAssertions.spansPointAtTheirText(result);
    }

    private static int find(List<SourceLine> paragraphs, int from, java.util.function.Predicate<String> test) {
        for (int i = from; i < paragraphs.size(); i++) {
            if (test.test(paragraphs.get(i).text())) {
                return i;
            }
        }
        throw new AssertionError("no paragraph from " + from + " matches");
    }
}
