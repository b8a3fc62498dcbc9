package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.importing.split.SplitAssertions.collapse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.importing.Fixtures;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.reading.DocumentReaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letter that started the project, in each of its four renditions, read by the standard readers and split,
 * against the hand-made ground truth in expected.json.
 */
class FixtureLetterSplitTest {

    @Nested
    class CopiedOutOfAPdfViewer extends SplitsLikeTheGroundTruth {
        CopiedOutOfAPdfViewer() {
            super("letter.txt");
        }
    }

    @Nested
    class Pdf extends SplitsLikeTheGroundTruth {
        Pdf() {
            super("letter.pdf");
        }
    }

    @Nested
    class Word extends SplitsLikeTheGroundTruth {
        Word() {
            super("letter.docx");
        }
    }

    @Nested
    class OpenDocument extends SplitsLikeTheGroundTruth {
        OpenDocument() {
            super("letter.odt");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class SplitsLikeTheGroundTruth {

        private final String fileName;
        private JsonNode expected;
        private SplitResult result;

        SplitsLikeTheGroundTruth(String fileName) {
            this.fileName = fileName;
        }

        @BeforeAll
        void splitTheLetter() throws IOException {
            expected = new ObjectMapper().readTree(Fixtures.trustBoardReply("expected.json").toFile());
            SourceText text = DocumentReaders.standard().read(Fixtures.trustBoardReply(fileName));
            result = new LetterSplitter().split(text);
        }

        Stream<Arguments> expectedItems() throws IOException {
            JsonNode items = new ObjectMapper().readTree(Fixtures.trustBoardReply("expected.json").toFile()).get("items");
            List<Arguments> args = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                args.add(Arguments.of(i, items.get(i)));
            }
            return args.stream();
        }

        @Test
        void recognisesTheLetterAsNumberedConcernsWithTheirResponses() {
            assertThat(result.shape()).isEqualTo(Shape.NUMBERED);
        }

        @Test
        void findsExactlyTheExpectedItemsInOrder() {
            List<String> expectedPaths = new ArrayList<>();
            for (JsonNode item : expected.get("items")) {
                expectedPaths.add(pathOf(item));
            }
            assertThat(result.items()).extracting(SplitItem::path).containsExactlyElementsOf(expectedPaths);
        }

        @ParameterizedTest(name = "item {0}: {1}")
        @MethodSource("expectedItems")
        void splitsEachItemLikeTheGroundTruth(int index, JsonNode want) {
            SplitItem got = result.items().get(index);
            assertThat(got.label()).isEqualTo(want.get("label").asText());
            assertThat(got.parentPath()).isEqualTo(optional(want.get("parent")));
            assertThat(collapse(got.concern())).startsWith(want.get("concern").asText());
            if (want.get("response").isNull()) {
                assertThat(got.response()).as("response of %s", got.path()).isEmpty();
            } else {
                String response = collapse(got.response().orElseThrow());
                assertThat(response).startsWith(want.get("response").asText());
                assertThat(response).endsWith(want.get("responseEnds").asText());
            }
        }

        @Test
        void concernsCarryNoLabelsAndNoResponseText() {
            for (SplitItem item : result.items()) {
                assertThat(item.concern()).doesNotStartWith(item.label() + ".").doesNotStartWith(item.label() + ")");
                item.response().ifPresent(r -> assertThat(item.concern()).doesNotContain(r));
            }
        }

        @Test
        void introHoldsTheSalutationAndPreamble() {
            assertThat(result.salutation()).contains(expected.at("/letter/salutation").asText());
            assertThat(collapse(result.preamble())).startsWith(expected.at("/letter/introStarts").asText());
            assertThat(result.intro()).startsWith(expected.at("/letter/salutation").asText());
        }

        @Test
        void closingStartsAtTheSummaryAndKeepsTheSignature() {
            assertThat(collapse(result.closing())).startsWith(expected.at("/letter/closingStarts").asText());
            assertThat(result.closing().strip()).endsWith(expected.at("/letter/signedBy").asText());
            SplitItem last = result.items().get(result.items().size() - 1);
            assertThat(last.response().orElseThrow()).doesNotContain(expected.at("/letter/closingStarts").asText());
        }

        @Test
        void headingItemWithSubItemsHasNoResponseAndNoWarning() {
            SplitItem heading = result.items().stream().filter(i -> i.path().equals("6")).findFirst().orElseThrow();
            assertThat(heading.response()).isEmpty();
            assertThat(result.warnings()).noneMatch(w -> w.contains("item 6 "));
        }

        @Test
        void spansPointIntoTheFullText() {
            assertThat(result.fullText()).isNotBlank();
            SplitAssertions.spansPointAtTheirText(result);
        }

        @Test
        void isConfidentAndRaisesNoWarnings() {
            assertThat(result.warnings()).isEmpty();
            assertThat(result.confidence()).isGreaterThanOrEqualTo(0.8);
        }
    }


    static String pathOf(JsonNode item) {
        JsonNode parent = item.get("parent");
        return parent.isNull() ? item.get("label").asText() : parent.asText() + "/" + item.get("label").asText();
    }

    private static Optional<String> optional(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
}
