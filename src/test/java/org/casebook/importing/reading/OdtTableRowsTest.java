package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.StyleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OpenDocument table is read a row to a line, cells apart by tabs. The text is a real FOI response (Gloucestershire
 * Health and Care NHS FT, GHC-16122024-355965, https://foi.ghc.nhs.uk/responses/ghc-16122024-355965; see
 * {@link TestTables}).
 */
class OdtTableRowsTest {

    @TempDir
    static Path temp;

    private static final TestTables.Row FIRST = TestTables.PEER_SUPPORT.get(0);
    private static final TestTables.Row SECOND = TestTables.PEER_SUPPORT.get(1);

    private static List<SourceLine> read(String name, String body) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + TestOdt.NS + ">"
                + "<office:automatic-styles><style:style style:name=\"Response\" style:family=\"text\">"
                + "<style:text-properties fo:font-style=\"italic\"/></style:style></office:automatic-styles>"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + TestOdt.NS
                + "><office:styles/></office:document-styles>";
        return new OdtDocumentReader().read(TestOdt.write(temp.resolve(name), styles, content)).lines();
    }

    private static String cell(String... paragraphs) {
        StringBuilder cell = new StringBuilder("<table:table-cell>");
        for (String paragraph : paragraphs) {
            cell.append("<text:p>").append(paragraph).append("</text:p>");
        }
        return cell.append("</table:table-cell>").toString();
    }

    private static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    private static String table(String... rows) {
        return "<table:table><table:table-column table:number-columns-repeated=\"2\"/>" + String.join("", rows) + "</table:table>";
    }

    @Test
    void readsEachRowAsOneLineWithTheCellsParagraphsJoinedByASpace() throws IOException {
        List<SourceLine> lines = new OdtDocumentReader().read(TestTables.odt(temp.resolve("table.odt"), TestTables.PEER_SUPPORT))
                .lines();

        assertThat(lines).extracting(SourceLine::text).containsExactly(TestTables.REFERENCE, TestTables.INTRO,
                "Question\tOur response",
                FIRST.question() + "\t" + FIRST.responseText(),
                SECOND.question() + "\t" + SECOND.responseText(),
                TestTables.PEER_SUPPORT.get(2).question() + "\t" + TestTables.PEER_SUPPORT.get(2).responseText(),
                TestTables.PEER_SUPPORT.get(3).question());
    }

    @Test
    void keepsAnItalicSpanAtItsPlaceInTheRow() throws IOException {
        String response = SECOND.responseText();
        String opening = response.substring(0, response.indexOf(". ") + 1);
        String rest = response.substring(opening.length() + 1);
        List<SourceLine> lines = read("italic.odt", table(row(cell(TestTables.xml(SECOND.question())),
                cell("<text:span text:style-name=\"Response\">" + TestTables.xml(opening) + "</text:span> "
                        + TestTables.xml(rest)))));

        SourceLine line = lines.get(0);
        int italicStart = SECOND.question().length() + 1;
        int italicEnd = italicStart + opening.length();
        assertThat(line.text()).isEqualTo(SECOND.question() + "\t" + response);
        assertThat(line.runs()).containsExactly(new StyleRun(0, italicStart, false, false),
                new StyleRun(italicStart, italicEnd, true, false), new StyleRun(italicEnd, line.text().length(), false, false));
    }

    @Test
    void skipsTheCellsASpanningCellCovers() throws IOException {
        List<SourceLine> lines = read("covered.odt", table(
                row("<table:table-cell table:number-columns-spanned=\"2\"><text:p>" + TestTables.xml(TestTables.REFERENCE)
                        + "</text:p></table:table-cell>", "<table:covered-table-cell><text:p>"
                        + TestTables.xml(TestTables.REFERENCE) + "</text:p></table:covered-table-cell>"),
                row(cell(TestTables.xml(SECOND.question())), cell(TestTables.xml(SECOND.responseText())))));

        assertThat(lines).extracting(SourceLine::text)
                .containsExactly(TestTables.REFERENCE, SECOND.question() + "\t" + SECOND.responseText());
    }

    @Test
    void flattensATableNestedInACellIntoThatCell() throws IOException {
        String sentence = FIRST.response().get(0).substring(0, FIRST.response().get(0).indexOf(". ") + 1);
        String nested = table(row(cell("Lived experience Practitioners (LXP) or Peer Support Workers (PSW)"),
                cell("approximately 19")));
        List<SourceLine> lines = read("nested.odt", table(row(cell(TestTables.xml(FIRST.question())),
                "<table:table-cell><text:p>" + sentence + "</text:p>" + nested + "</table:table-cell>")));

        assertThat(lines).extracting(SourceLine::text).containsExactly(FIRST.question() + "\t" + sentence
                + " Lived experience Practitioners (LXP) or Peer Support Workers (PSW) approximately 19");
    }
}
