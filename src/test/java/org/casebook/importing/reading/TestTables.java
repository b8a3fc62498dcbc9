package org.casebook.importing.reading;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A real FOI response set out as a question | response table, written as Word, OpenDocument and PDF for tests.
 *
 * <p>The words are Gloucestershire Health and Care NHS Foundation Trust's response to FOI GHC-16122024-355965 on peer
 * support workers in acute inpatient settings, <https://foi.ghc.nhs.uk/responses/ghc-16122024-355965> (as stored on
 * 2026-12-02; see src/test/resources/corpus/README.md). The Trust published it as "You asked / Our response"; here it
 * is laid out as the two-column table many Trusts send. The stored copy holds no answer to the fourth question, so its
 * row has an empty response cell.
 */
public final class TestTables {

    /** One row: the question as the requester numbered it, and the response's paragraphs (none when unanswered). */
    public record Row(String question, List<String> response) {

        public String responseText() {
            return String.join(" ", response);
        }
    }

    public static final String SOURCE = "https://foi.ghc.nhs.uk/responses/ghc-16122024-355965";
    public static final String REFERENCE = "Freedom of Information Request – Ref: GHC-16122024-355965";
    public static final String INTRO = "Thank you for your recent Freedom of Information request. Please find our response below.";
    public static final List<String> HEADER = List.of("Question", "Our response");

    public static final List<Row> PEER_SUPPORT = List.of(
            new Row("1. How many peer support workers are employed within acute inpatient mental health settings", List.of(
                    "We have no PSWs employed in acute inpatient settings. GHC has approximately 19 Lived experience "
                            + "Practitioners (LXP) or Peer Support Workers (PSW) employed in other GHC mental health services.",
                    "(NB – We have one who has just started doing a few hours weekly on the staff bank at Laurel House and "
                            + "Honeybourne, but don’t think this counts as acute and we are not sure how permanent "
                            + "arrangement this is).")),
            new Row("2. Are the posts voluntary or paid and if paid at what banding?", List.of(
                    "GHC does not have any paid or voluntary posts currently working in acute in-patient settings. However, "
                            + "PSW’s & LXP’s employed in other GHC mental health services include paid and voluntary roles.")),
            new Row("3. Are there any vacant peer support worker posts in these settings and if so how many?", List.of(
                    "There are no vacancies in acute in-patient setting as there are no posts that have been developed at "
                            + "this time.")),
            new Row("4. What strategies and policy documents do you have in place in relation to supporting peer support "
                    + "workers in their roles?", List.of()));

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont OBLIQUE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10f;
    private static final float LEADING = 12f;
    private static final float LEFT = 72f;
    /** Column left edges and widths as Word sets a two-column table: 5.4 pt of padding on each side of the rule. */
    private static final float[] COLUMN_X = {LEFT, 272f};
    private static final float[] COLUMN_WIDTH = {189f, 251f};
    private static final float ROW_PADDING = 6f;

    private TestTables() {
    }

    /** The response as Word: reference and introduction paragraphs, then a table whose response cells are italic. */
    public static Path docx(Path file, List<Row> rows) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(REFERENCE);
            document.createParagraph().createRun().setText(INTRO);
            XWPFTable table = document.createTable(rows.size() + 1, 2);
            fill(table.getRow(0), HEADER.get(0), List.of(HEADER.get(1)), false);
            for (int i = 0; i < rows.size(); i++) {
                fill(table.getRow(i + 1), rows.get(i).question(), rows.get(i).response(), true);
            }
            document.write(out);
        }
        return file;
    }

    private static void fill(XWPFTableRow row, String question, List<String> response, boolean italic) {
        row.getCell(0).getParagraphs().get(0).createRun().setText(question);
        XWPFTableCell answer = row.getCell(1);
        for (int i = 0; i < response.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? answer.getParagraphs().get(0) : answer.addParagraph();
            var run = paragraph.createRun();
            run.setItalic(italic);
            run.setText(response.get(i));
        }
    }

    /** The response as OpenDocument: the same table, header rows in table:table-header-rows, responses italic. */
    public static Path odt(Path file, List<Row> rows) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content ")
                .append(TestOdt.NS).append("><office:automatic-styles>")
                .append("<style:style style:name=\"Response\" style:family=\"paragraph\">")
                .append("<style:text-properties fo:font-style=\"italic\"/></style:style>")
                .append("</office:automatic-styles><office:body><office:text>")
                .append("<text:p>").append(xml(REFERENCE)).append("</text:p>")
                .append("<text:p>").append(xml(INTRO)).append("</text:p>")
                .append("<table:table table:name=\"Response\"><table:table-column table:number-columns-repeated=\"2\"/>")
                .append("<table:table-header-rows>").append(odtRow(HEADER.get(0), List.of(HEADER.get(1)), ""))
                .append("</table:table-header-rows>");
        for (Row row : rows) {
            content.append(odtRow(row.question(), row.response(), " text:style-name=\"Response\""));
        }
        content.append("</table:table></office:text></office:body></office:document-content>");
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + TestOdt.NS
                + "><office:styles/></office:document-styles>";
        return TestOdt.write(file, styles, content.toString());
    }

    private static String odtRow(String question, List<String> response, String responseStyle) {
        StringBuilder row = new StringBuilder("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>")
                .append(xml(question)).append("</text:p></table:table-cell><table:table-cell office:value-type=\"string\">");
        for (String paragraph : response) {
            row.append("<text:p").append(responseStyle).append(">").append(xml(paragraph)).append("</text:p>");
        }
        if (response.isEmpty()) {
            row.append("<text:p/>");
        }
        return row.append("</table:table-cell></table:table-row>").toString();
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The response as a PDF drawn by hand: each cell's text wrapped to its column, the lines of a row on shared
     * baselines, rules between the rows, responses in Helvetica Oblique.
     */
    public static Path pdf(Path file, List<Row> rows) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 770f;
                for (String paragraph : List.of(REFERENCE, INTRO)) {
                    for (String line : wrap(paragraph, REGULAR, COLUMN_X[1] + COLUMN_WIDTH[1] - LEFT)) {
                        text(out, REGULAR, LEFT, y, line);
                        y -= LEADING;
                    }
                    y -= LEADING;
                }
                y = pdfRow(out, y, BOLD, BOLD, HEADER.get(0), HEADER.get(1));
                for (Row row : rows) {
                    y = pdfRow(out, y, REGULAR, OBLIQUE, row.question(), row.responseText());
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Draws one row with its top baseline at {@code y}; returns the next row's. */
    private static float pdfRow(PDPageContentStream out, float y, PDFont questionFont, PDFont responseFont,
                                String question, String response) throws IOException {
        List<String> left = wrap(question, questionFont, COLUMN_WIDTH[0]);
        List<String> right = wrap(response, responseFont, COLUMN_WIDTH[1]);
        for (int i = 0; i < left.size(); i++) {
            text(out, questionFont, COLUMN_X[0], y - i * LEADING, left.get(i));
        }
        for (int i = 0; i < right.size(); i++) {
            text(out, responseFont, COLUMN_X[1], y - i * LEADING, right.get(i));
        }
        float bottom = y - (Math.max(left.size(), right.size()) - 1) * LEADING - SIZE / 3 - ROW_PADDING;
        out.moveTo(LEFT - 5.4f, bottom);
        out.lineTo(COLUMN_X[1] + COLUMN_WIDTH[1] + 5.4f, bottom);
        out.stroke();
        return bottom - ROW_PADDING - SIZE;
    }

    private static void text(PDPageContentStream out, PDFont font, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** Greedy wrapping at spaces to the width, as a word processor does. */
    private static List<String> wrap(String text, PDFont font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
