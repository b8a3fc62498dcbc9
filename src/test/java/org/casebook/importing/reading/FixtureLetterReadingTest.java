package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casebook.importing.model.LineStyle;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixture letter in each styled format reads with all its items, responses in italics and concerns upright. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixtureLetterReadingTest {

    private List<FixtureLetter.Item> items;

    @BeforeAll
    void loadGroundTruth() {
        items = FixtureLetter.items();
        assertThat(items).hasSize(14);
    }

    private static SourceText read(String name) {
        Path file = FixtureLetter.file(name);
        return DocumentReaders.standard().read(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.pdf", "letter.docx", "letter.odt"})
    void containsTheTextOfEveryItemInOrder(String name) {
        LineIndex index = new LineIndex(read(name));
        int cursor = 0;
        for (FixtureLetter.Item item : items) {
            int concern = index.indexOf(item.concern(), cursor);
            assertThat(concern).as("concern of item %s", item.label()).isGreaterThanOrEqualTo(0);
            cursor = concern;
            if (item.response().isPresent()) {
                int response = index.indexOf(item.response().get(), cursor);
                assertThat(response).as("response of item %s", item.label()).isGreaterThan(concern);
                int end = index.indexOf(item.responseEnds().orElseThrow(), response);
                assertThat(end).as("response end of item %s", item.label()).isGreaterThanOrEqualTo(response);
                cursor = response;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.pdf", "letter.docx", "letter.odt"})
    void setsEveryResponseStartInItalicsAndEveryConcernLineUpright(String name) {
        SourceText text = read(name);
        LineIndex index = new LineIndex(text);
        assertThat(text.styled()).isTrue();
        int cursor = 0;
        for (int i = 0; i < items.size(); i++) {
            FixtureLetter.Item item = items.get(i);
            int concern = index.indexOf(item.concern(), cursor);
            int concernEnd = item.response().map(r -> index.indexOf(r, concern))
                    .orElseGet(() -> index.indexOf(items.get(items.indexOf(item) + 1).concern(), concern));
            assertThat(index.linesBetween(concern, concernEnd))
                    .as("lines of concern %s", item.label())
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line.style()).as(line.text()).isEqualTo(LineStyle.ROMAN));
            if (item.response().isPresent()) {
                assertThat(index.lineAt(concernEnd).style()).as("response start of item %s", item.label())
                        .isEqualTo(LineStyle.ITALIC);
            }
            cursor = concernEnd;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.pdf", "letter.docx", "letter.odt"})
    void leavesNoPageNumbersOrRepeatedHeaders(String name) {
        List<SourceLine> lines = read(name).lines();
        Pattern pageNumber = Pattern.compile("(?i)(page\\s*)?\\d+(\\s*(of|/)\\s*\\d+)?");
        assertThat(lines).noneMatch(line -> pageNumber.matcher(line.text().strip()).matches());
        Map<String, Set<Integer>> pagesByText = lines.stream().collect(Collectors.groupingBy(SourceLine::text,
                Collectors.mapping(SourceLine::page, Collectors.toSet())));
        assertThat(pagesByText).isNotEmpty().allSatisfy((text, pages) -> assertThat(pages).as(text).hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.pdf", "letter.docx", "letter.odt"})
    void endsParagraphsWhereTheLetterDoes(String name) {
        SourceText text = read(name);
        // The letter's one-line paragraphs: a concern heading and its response must never run together.
        String full = text.fullText();
        assertThat(full).contains("2. LXPs are having work undone or even sabotaged\n\nWe have no knowledge of this being the case.");
        assertThat(full).contains("All the best\n\nDanielle");
        assertThat(text.lines()).last().extracting(SourceLine::endsParagraph).isEqualTo(true);
    }
}
