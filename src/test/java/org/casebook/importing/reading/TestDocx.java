package org.casebook.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word documents made with POI for tests: styles that carry italics, numbered lists, a table, a zip bomb. */
public final class TestDocx {

    /** One paragraph of a plain letter: roman, or italic throughout (how Trusts set their responses). */
    public record Paragraph(String text, boolean italic) {
    }

    private TestDocx() {
    }

    /** A letter as Word writes it: one paragraph each, italic set on the run, in an 11-point letter face. */
    public static Path letter(Path file, List<Paragraph> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (Paragraph paragraph : paragraphs) {
                XWPFParagraph p = paragraph(document, null);
                p.setSpacingAfter(160);
                XWPFRun run = p.createRun();
                run.setFontFamily("Arial");
                run.setFontSize(11);
                run.setItalic(paragraph.italic());
                run.setText(paragraph.text());
            }
            document.write(out);
        }
        return file;
    }

    /**
     * Paragraphs: a roman concern; a response in style "TrustResponse" whose italic comes from its base style
     * "ResponseBase"; a roman paragraph with a run in character style "Emphasis" (italic); an "Emphasis" run inside a
     * "TrustResponse" paragraph (toggled back to upright); a "Strong" (bold) run; a run with direct italic off.
     */
    static Path styled(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            addStyle(styles, "ResponseBase", STStyleType.PARAGRAPH, null, true, false);
            addStyle(styles, "TrustResponse", STStyleType.PARAGRAPH, "ResponseBase", null, null);
            addStyle(styles, "Emphasis", STStyleType.CHARACTER, null, true, false);
            addStyle(styles, "Strong", STStyleType.CHARACTER, null, null, true);

            paragraph(document, null).createRun().setText("1. Funding for a trainer was refused.");
            paragraph(document, "TrustResponse").createRun().setText("NHSE offered optional funds for 12 months.");
            XWPFParagraph mixed = paragraph(document, null);
            mixed.createRun().setText("Roman words then ");
            XWPFRun emphasised = mixed.createRun();
            emphasised.setText("emphasised words");
            emphasised.setStyle("Emphasis");
            XWPFParagraph toggled = paragraph(document, "TrustResponse");
            toggled.createRun().setText("Italic response with ");
            XWPFRun upright = toggled.createRun();
            upright.setText("an emphasised title");
            upright.setStyle("Emphasis");
            XWPFRun strong = paragraph(document, null).createRun();
            strong.setText("Response to concerns");
            strong.setStyle("Strong");
            XWPFRun overridden = paragraph(document, "TrustResponse").createRun();
            overridden.setText("Set upright by hand.");
            overridden.setItalic(false);
            document.write(Files.newOutputStream(file));
        }
        return file;
    }

    /** Numbered concerns: decimal "%1.", lowerLetter "%2)", lowerRoman "(%3)", plus a table of two rows. */
    static Path numberedWithTable(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.");
            level(abstractNum, 1, STNumberFormat.LOWER_LETTER, "%2)");
            level(abstractNum, 2, STNumberFormat.LOWER_ROMAN, "(%3)");
            XWPFNumbering numbering = document.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));

            numbered(document, numId, 0, "Funding was refused");
            numbered(document, numId, 1, "The course was dropped");
            numbered(document, numId, 1, "Trainers were let go");
            numbered(document, numId, 2, "Without notice");
            numbered(document, numId, 2, "Without thanks");
            numbered(document, numId, 0, "Work is undone");
            numbered(document, numId, 1, "Even sabotaged");
            numbered(document, numId, 0, "3. Already numbered by hand");

            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Concern in cell A1");
            table.getRow(0).getCell(1).setText("Response in cell B1");
            table.getRow(1).getCell(0).setText("Concern in cell A2");
            table.getRow(1).getCell(1).setText("Response in cell B2");
            paragraph(document, null).createRun().setText("After the table.");
            document.write(Files.newOutputStream(file));
        }
        return file;
    }

    /** The fixture letter with its body replaced by 20 MB of one letter, which deflates to a few kilobytes. */
    static Path zipBomb(Path file) throws IOException {
        try (ZipFile fixture = new ZipFile(FixtureLetter.file("letter.docx").toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : Collections.list(fixture.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    writeBomb(out);
                } else {
                    try (InputStream in = fixture.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return file;
    }

    private static void writeBomb(OutputStream out) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 320; i++) {
            out.write(chunk);
        }
        out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }

    private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument document, BigInteger numId, int level, String text) {
        XWPFParagraph paragraph = paragraph(document, null);
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        return paragraph;
    }

    private static void addStyle(XWPFStyles styles, String id, STStyleType.Enum type, String basedOn, Boolean italic, Boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(type);
        style.addNewName().setVal(id);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (italic != null || bold != null) {
            var rPr = style.addNewRPr();
            if (Boolean.TRUE.equals(italic)) {
                rPr.addNewI();
            }
            if (Boolean.TRUE.equals(bold)) {
                rPr.addNewB();
            }
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
