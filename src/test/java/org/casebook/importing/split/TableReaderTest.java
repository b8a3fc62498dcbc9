package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.importing.split.SplitAssertions.spansPointAtTheirText;
import static org.casebook.importing.split.SplitAssertions.splitPasted;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.reading.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Question | answer rows as the readers give them, one row a paragraph with its cells apart by tabs, from a real FOI
 * response (Gloucestershire Health and Care NHS FT, GHC-16122024-355965,
 * https://foi.ghc.nhs.uk/responses/ghc-16122024-355965; see {@link TestTables}).
 */
class TableReaderTest {

    private static final List<TestTables.Row> ROWS = TestTables.PEER_SUPPORT;
    /** The request's own words, a paragraph that follows its table in these documents. */
    private static final String DEFINITION = "A peer support worker is someone who has obtained their role (paid or voluntary) "
            + "through having lived experience of mental health services.";

    private static String question(int row) {
        return ROWS.get(row).question();
    }

    /** The question without the requester's number. */
    private static String unnumbered(int row) {
        return question(row).substring(3);
    }

    private static String answer(int row) {
        return ROWS.get(row).responseText();
    }

    @Test
    void takesAQuestionCellsOwnNumberAsTheLabelAndLeavesItOutOfTheConcern() {
        SplitResult result = splitPasted("Question\tOur response\n" + question(1) + "\t" + answer(1) + "\n"
                + question(2) + "\t" + answer(2) + "\n");

        assertThat(result.shape()).isEqualTo(Shape.TABLE);
        assertThat(result.items()).extracting(SplitItem::label).containsExactly("2", "3");
        assertThat(result.items()).extracting(SplitItem::concern).containsExactly(unnumbered(1), unnumbered(2));
        assertThat(result.items()).extracting(SplitItem::response).containsExactly(Optional.of(answer(1)), Optional.of(answer(2)));
        spansPointAtTheirText(result);
    }

    static Stream<Arguments> unansweredRows() {
        return Stream.of(
                Arguments.of("numbered question, last row", "Question\tOur response\n"
                        + question(0) + "\t" + answer(0) + "\n" + question(2) + "\t" + answer(2) + "\n" + question(3) + "\n",
                        List.of(unnumbered(0), unnumbered(2), unnumbered(3)), List.of(answer(0), answer(2), "")),
                Arguments.of("question without a number, between rows", "Question\tOur response\n"
                        + unnumbered(0) + "\t" + answer(0) + "\n" + unnumbered(1) + "\n" + unnumbered(2) + "\t" + answer(2) + "\n",
                        List.of(unnumbered(0), unnumbered(1), unnumbered(2)), List.of(answer(0), "", answer(2))),
                Arguments.of("number | question | response, last row", "No.\tQuestion\tOur response\n"
                        + "3\t" + unnumbered(2) + "\t" + answer(2) + "\n" + "4\t" + unnumbered(3) + "\n",
                        List.of(unnumbered(2), unnumbered(3)), List.of(answer(2), "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unansweredRows")
    void readsARowWithAnEmptyResponseCellAsAnUnansweredItem(String name, String text, List<String> concerns,
                                                             List<String> responses) {
        SplitResult result = splitPasted(text);

        assertThat(result.shape()).isEqualTo(Shape.TABLE);
        assertThat(result.items()).extracting(SplitItem::concern).containsExactlyElementsOf(concerns);
        assertThat(result.items()).extracting(item -> item.response().orElse("")).containsExactlyElementsOf(responses);
        spansPointAtTheirText(result);
    }

    @Test
    void readsAListPastedFromWordWithTabsAfterItsNumbersAsAList() {
        SplitResult result = splitPasted("1.\t" + unnumbered(0) + "\n2.\t" + unnumbered(1) + "\n3.\t" + unnumbered(2) + "\n");

        assertThat(result.shape()).isNotEqualTo(Shape.TABLE);
        assertThat(result.items()).extracting(SplitItem::concern).containsExactly(unnumbered(0), unnumbered(1), unnumbered(2));
    }

    @Test
    void leavesAParagraphAfterTheTableAsClosingNotAnUnansweredRow() {
        SplitResult result = splitPasted("Question\tOur response\n" + question(0) + "\t" + answer(0) + "\n"
                + question(1) + "\t" + answer(1) + "\n" + DEFINITION + "\n");

        assertThat(result.items()).hasSize(2);
        assertThat(result.closing()).isEqualTo(DEFINITION);
    }
}
