package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.split.LetterSplitter;
import org.junit.jupiter.api.Test;

/** Saved web pages read and split as an import would: the pairs of the page, none of the site's furniture. */
class HtmlLetterSplitTest {

    private final LetterSplitter splitter = new LetterSplitter();

    @Test
    void anFoiResponsePageSplitsIntoItsQuestionsWithTheirAnswers() throws Exception {
        SplitResult split = split("ghc-foi-peer-support-workers.html");

        assertThat(split.shape()).isEqualTo(Shape.RESTATED);
        List<SplitItem> items = split.items();
        assertThat(items).extracting(SplitItem::label).startsWith("1", "2", "3");
        // Whether the restated question keeps its "1." is the splitter's choice; the question is what matters here.
        assertThat(items.get(0).concern().replaceFirst("^\\d+[.)]\\s*", "")).startsWith("How many peer support workers are employed");
        assertThat(items.get(0).response()).hasValueSatisfying(r -> assertThat(r).startsWith("We have no PSWs employed"));
        assertThat(items.get(1).response()).hasValueSatisfying(r -> assertThat(r).startsWith("GHC does not have any paid"));
        assertThat(items.get(2).response()).hasValueSatisfying(r -> assertThat(r).startsWith("There are no vacancies"));
        assertThat(split.fullText()).doesNotContain("cookies").doesNotContain("Accessibility statement");
    }

    @Test
    void aQuestionsTableSplitsRowByRow() throws Exception {
        SplitResult split = split("rbwm-budget-public-questions.html");

        assertThat(split.shape()).isEqualTo(Shape.TABLE);
        assertThat(split.items()).singleElement().satisfies(item -> {
            assertThat(item.concern()).contains("John Baldwin of Boyn Hill ward asked");
            assertThat(item.response()).hasValueSatisfying(r -> assertThat(r).startsWith("The budget process requires"));
        });
    }

    private SplitResult split(String page) throws Exception {
        return splitter.split(new HtmlDocumentReader().read(HtmlDocumentReaderTest.resource(page)));
    }
}
