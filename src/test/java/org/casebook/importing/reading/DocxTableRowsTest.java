package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.StyleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table is read a row to a line, cells apart by tabs. The text is a real FOI response (Gloucestershire Health
 * and Care NHS FT, GHC-16122024-355965, https://foi.ghc.nhs.uk/responses/ghc-16122024-355965; see {@link TestTables}).
 */
class DocxTableRowsTest {

    @TempDir
    static Path temp;

    private static final TestTables.Row FIRST = TestTables.PEER_SUPPORT.get(0);
    private static final TestTables.Row SECOND = TestTables.PEER_SUPPORT.get(1);

    private static List<String> texts(Path file) {
        return new DocxDocumentReader().read(file).lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void readsEachRowAsOneLineWithTheCellsParagraphsJoinedByASpace() throws IOException {
        List<SourceLine> lines = new DocxDocumentReader().read(TestTables.docx(temp.resolve("table.docx"), TestTables.PEER_SUPPORT))
                .lines();

        assertThat(lines).extracting(SourceLine::text).containsExactly(TestTables.REFERENCE, TestTables.INTRO,
                "Question\tOur response",
                FIRST.question() + "\t" + FIRST.responseText(),
                SECOND.question() + "\t" + SECOND.responseText(),
                TestTables.PEER_SUPPORT.get(2).question() + "\t" + TestTables.PEER_SUPPORT.get(2).responseText(),
                TestTables.PEER_SUPPORT.get(3).question());
        assertThat(lines).allMatch(SourceLine::endsParagraph);
    }

    @Test
    void keepsTheResponseCellsItalicAtItsPlaceInTheRow() throws IOException {
        SourceLine row = new DocxDocumentReader().read(TestTables.docx(temp.resolve("italic.docx"), TestTables.PEER_SUPPORT))
                .lines().get(3);

        int responseStart = FIRST.question().length() + 1;
        assertThat(row.runs()).containsExactly(
                new StyleRun(0, responseStart, false, false),
                new StyleRun(responseStart, row.text().length(), true, false));
        assertThat(row.text().substring(responseStart)).isEqualTo(FIRST.responseText());
    }

    @Test
    void readsACellSpanningBothColumnsOnceAsALineOfItsOwn() throws IOException {
        Path file = temp.resolve("spanned.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable table = document.createTable(2, 2);
            XWPFTableRow heading = table.getRow(0);
            heading.getCell(0).setText(TestTables.REFERENCE);
            heading.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            heading.removeCell(1);
            fill(table.getRow(1), SECOND.question(), SECOND.responseText());
            document.write(out);
        }

        assertThat(texts(file)).containsExactly(TestTables.REFERENCE, SECOND.question() + "\t" + SECOND.responseText());
    }

    @Test
    void readsTheTextOfAVerticallyMergedCellOnlyInItsFirstRow() throws IOException {
        Path file = temp.resolve("merged.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable table = document.createTable(2, 2);
            // Some writers repeat the merged cell's text in the cells it covers; Word leaves them empty.
            fill(table.getRow(0), FIRST.question(), sentences(FIRST)[0]);
            fill(table.getRow(1), FIRST.question(), sentences(FIRST)[1]);
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            document.write(out);
        }

        assertThat(texts(file)).containsExactly(FIRST.question() + "\t" + sentences(FIRST)[0], sentences(FIRST)[1]);
    }

    @Test
    void flattensATableNestedInACellIntoThatCell() throws IOException {
        Path file = temp.resolve("nested.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable table = document.createTable(1, 2);
            XWPFTableCell response = table.getRow(0).getCell(1);
            table.getRow(0).getCell(0).setText(FIRST.question());
            response.setText(sentences(FIRST)[0]);
            CTTbl inner = response.getCTTc().addNewTbl();
            XWPFTable nested = new XWPFTable(inner, response, 1, 2);
            nested.getRow(0).getCell(0).setText("Lived experience Practitioners (LXP) or Peer Support Workers (PSW)");
            nested.getRow(0).getCell(1).setText("approximately 19");
            response.insertTable(response.getBodyElements().size(), nested);
            response.getCTTc().addNewP();
            document.write(out);
        }

        assertThat(texts(file)).containsExactly(FIRST.question() + "\t" + sentences(FIRST)[0]
                + " Lived experience Practitioners (LXP) or Peer Support Workers (PSW) approximately 19");
    }

    private static String[] sentences(TestTables.Row row) {
        return row.response().get(0).split("(?<=\\.) ");
    }

    private static void fill(XWPFTableRow row, String question, String response) {
        row.getCell(0).setText(question);
        row.getCell(1).setText(response);
    }
}
