package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines of a PDF table as the collector finds them, cells apart by tabs at the columns' x positions, joined back into
 * rows. The words are a real FOI response (Gloucestershire Health and Care NHS FT, GHC-16122024-355965,
 * https://foi.ghc.nhs.uk/responses/ghc-16122024-355965), set in a question column at x 72 and a response column at
 * x 272, 10 pt type on 12 pt lines.
 */
class PdfTableRowsTest {

    private static final float QUESTION_X = 72f;
    private static final float RESPONSE_X = 272f;

    /** A line of pieces, each given as its x, its end and its text; the first word taken as 20 pt wide. */
    private static PdfLine line(float baseline, Object... pieces) {
        List<PdfLine.Cell> cells = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < pieces.length; i += 3) {
            cells.add(new PdfLine.Cell((float) pieces[i], (float) pieces[i + 1], 20f));
            texts.add((String) pieces[i + 2]);
        }
        StyledText content = new StyledText.Builder().append(String.join("\t", texts), false, false).build();
        return new PdfLine(1, content, cells.get(0).x(), cells.get(cells.size() - 1).endX(), baseline, 10f, 20f, cells);
    }

    private static List<String> texts(List<PdfLine> lines) {
        return PdfTableRows.join(lines).stream().map(PdfLine::text).toList();
    }

    @Test
    void joinsWrappedQuestionAndResponseCellsIntoTheirRow() {
        List<PdfLine> lines = List.of(
                line(300f, QUESTION_X, 255f, "3. Are there any vacant peer support worker", RESPONSE_X, 515f,
                        "There are no vacancies in acute in-patient setting as"),
                line(312f, QUESTION_X, 250f, "posts in these settings and if so how many?", RESPONSE_X, 510f,
                        "there are no posts that have been developed at this"),
                line(324f, RESPONSE_X, 300f, "time."));

        assertThat(texts(lines)).containsExactly("3. Are there any vacant peer support worker posts in these settings and if so "
                + "how many?\tThere are no vacancies in acute in-patient setting as there are no posts that have been developed "
                + "at this time.");
    }

    @Test
    void startsTheNextRowAtALineInTheFirstColumnThatDoesNotReadOn() {
        List<PdfLine> lines = List.of(
                line(300f, QUESTION_X, 200f, "2. Are the posts voluntary or paid", RESPONSE_X, 505f,
                        "GHC does not have any paid or voluntary posts"),
                line(312f, QUESTION_X, 230f, "3. Are there any vacant peer support", RESPONSE_X, 500f,
                        "There are no vacancies in acute in-patient setting"));

        assertThat(texts(lines)).hasSize(2);
    }

    @Test
    void gathersTheWrappedQuestionOfAnUnansweredRowBelowTheTable() {
        List<PdfLine> lines = List.of(
                line(300f, QUESTION_X, 240f, "3. Are there any vacant peer support", RESPONSE_X, 300f, "There are no vacancies."),
                line(324f, QUESTION_X, 250f, "4. What strategies and policy documents"),
                line(336f, QUESTION_X, 235f, "do you have in place in relation to"));

        assertThat(texts(lines)).containsExactly("3. Are there any vacant peer support\tThere are no vacancies.",
                "4. What strategies and policy documents do you have in place in relation to");
    }

    /** The line below is the request's own definition of a peer support worker, wrapped at the page's width. */
    @Test
    void leavesTextBelowTheTableThatRunsAcrossItsColumnsAlone() {
        List<PdfLine> lines = List.of(
                line(300f, QUESTION_X, 240f, "3. Are there any vacant peer support", RESPONSE_X, 300f, "There are no vacancies."),
                line(324f, QUESTION_X, 520f,
                        "who has obtained their role (paid or voluntary) through having lived experience of mental health services."));

        assertThat(texts(lines)).hasSize(2);
    }

    @Test
    void findsNoTableInTheFixtureLetter() {
        assertThat(new PdfDocumentReader(1).read(FixtureLetter.file("letter.pdf")).lines())
                .noneMatch(l -> l.text().indexOf('\t') >= 0);
    }
}
