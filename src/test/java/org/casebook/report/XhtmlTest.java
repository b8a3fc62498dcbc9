package org.casebook.report;

import java.util.function.UnaryOperator;
import org.casebook.report.model.RedactedName;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The one place the pack's XHTML is escaped and redacted: what comes out for text, attributes and elements. */
class XhtmlTest {

    private static final UnaryOperator<String> KEEP = UnaryOperator.identity();

    @Test
    void textEscapesMarkupCharactersButLeavesQuotes() {
        String out = new Xhtml(KEEP).text("Pay & \"grading\" <band 5> 'now'").toString();

        assertThat(out).isEqualTo("Pay &amp; \"grading\" &lt;band 5&gt; 'now'");
    }

    @Test
    void attributesEscapeQuotesAndTurnLineBreaksIntoSpaces() {
        String out = new Xhtml(KEEP).raw("<a title=\"").attr("Say \"no\" & <go>\nnow").raw("\"/>").toString();

        assertThat(out).isEqualTo("<a title=\"Say &quot;no&quot; &amp; &lt;go&gt; now\"/>");
    }

    @Test
    void controlCharactersThatXmlForbidsAreDroppedLeavingASpaceSoWordsStayApart() {
        // A form feed between two pages of a letter read from a PDF must not glue the last and first words.
        String out = new Xhtml(KEEP).text("page one\fpage two\u0001end\uFFFE").raw("|")
                .attr("a\u0001b\u001fc").toString();

        assertThat(out).isEqualTo("page one page two end |a b c");
    }

    @Test
    void textKeepsLineBreaksAndTabsWhichXmlAllows() {
        assertThat(new Xhtml(KEEP).text("one\ntwo\tthree").toString()).isEqualTo("one\ntwo\tthree");
    }

    @Test
    void textAndAttributesBothPassThroughTheRedactor() {
        Redactor redactor = Redactor.of(java.util.List.of(new RedactedName("Tamar", "Addressee")));
        Xhtml x = new Xhtml(redactor::apply);

        String out = x.raw("<p title=\"").attr("For Tamar").raw("\">").text("Dear Tamar & co").raw("</p>")
                .element("h2", "name", "Tamar's reply").toString();

        assertThat(out).doesNotContain("Tamar")
                .isEqualTo("<p title=\"For [Addressee]\">Dear [Addressee] &amp; co</p>"
                        + "<h2 class=\"name\">[Addressee]'s reply</h2>");
        assertThat(x.redacted("Tamar")).isEqualTo("[Addressee]");
    }

    @Test
    void redactionHappensBeforeEscapingSoARoleIsNeverHalfEscaped() {
        // A redactor that brings in markup characters: they must still be escaped.
        Xhtml x = new Xhtml(s -> s.replace("NAME", "<&>"));

        assertThat(x.text("NAME").toString()).isEqualTo("&lt;&amp;&gt;");
    }

    @Test
    void elementLeavesOutAnEmptyClass() {
        assertThat(new Xhtml(KEEP).element("p", "", "plain").toString()).isEqualTo("<p>plain</p>");
        assertThat(new Xhtml(KEEP).element("p", "marker", "a < b").toString())
                .isEqualTo("<p class=\"marker\">a &lt; b</p>");
    }

    @Test
    void rawMarkupIsWrittenAsItIs() {
        assertThat(new Xhtml(s -> "redacted").raw("<br/>").toString()).isEqualTo("<br/>");
    }
}
