package org.casebook.importing.reading;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs made for tests with PDFBox and the Standard 14 fonts. */
public final class TestPdfs {

    static final String RUNNING_HEADER = "Birmingham Trust Board - reply to the LXP group";
    static final String ITALIC_LINE = "We accept that our current model needs to change";
    static final String BOLD_LINE = "Response to concerns raised";

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont OBLIQUE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private record Line(String text, PDFont font, float size) {
        Line(String text) {
            this(text, REGULAR, 11f);
        }
    }

    private TestPdfs() {
    }

    /** A body line that appears on just this page. */
    static String bodyLine(int page) {
        return List.of("The first page sets out what the group asked for", "The second page answers the questions in turn",
                "The third page closes the reply with thanks").get(page - 1);
    }

    /** Three pages with a running header, "Page n of 3" footers, a bold heading, an oblique line and broken words. */
    static Path threePagesWithHeaderAndFooter(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int page = 1; page <= 3; page++) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                document.addPage(pdPage);
                try (PDPageContentStream out = new PDPageContentStream(document, pdPage)) {
                    write(out, 800, List.of(new Line(RUNNING_HEADER, REGULAR, 9f)));
                    List<Line> body = page == 1
                            ? List.of(new Line(BOLD_LINE, BOLD, 14f), new Line(bodyLine(1)),
                                    new Line("and we thank members for their patience while we looked at"),
                                    new Line("how the Trust could support increasing co-"),
                                    new Line("production of services across the area, with"),
                                    new Line("money from the NHS-"),
                                    new Line("England fund that was offered last year to us."))
                            : page == 2
                            ? List.of(new Line(bodyLine(2)), new Line("in the order that they were raised at the meeting in May"),
                                    new Line(ITALIC_LINE + " and that", OBLIQUE, 11f),
                                    new Line("work to do so has been delayed during the pandemic.", OBLIQUE, 11f))
                            : List.of(new Line(bodyLine(3)), new Line("and with our best wishes to all the members."));
                    write(out, 740, body);
                    write(out, 40, List.of(new Line("Page " + page + " of 3", REGULAR, 9f)));
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    public static Path encrypted(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, 740, List.of(new Line("A letter that is locked.")));
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** Two pages holding only a picture, as a scanner makes them. */
    public static Path imageOnly(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            BufferedImage scan = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 60; y += 3) {
                for (int x = 0; x < 40; x++) {
                    scan.setRGB(x, y, 0x333333);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.drawImage(image, 50, 50, 495, 742);
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** One page whose heading is drawn twice, a fraction of a point apart: how some PDFs fake bold type. */
    static Path fakeBold(Path file, String heading, String body) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                for (float shift : new float[] {0f, 0.4f}) {
                    out.beginText();
                    out.setFont(REGULAR, 14f);
                    out.newLineAtOffset(72 + shift, 760);
                    out.showText(heading);
                    out.endText();
                }
                write(out, 730, List.of(new Line(body)));
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void write(PDPageContentStream out, float top, List<Line> lines) throws IOException {
        float y = top;
        for (Line line : lines) {
            out.beginText();
            out.setFont(line.font(), line.size());
            out.newLineAtOffset(72, y);
            out.showText(line.text());
            out.endText();
            y -= line.size() * 1.3f;
        }
    }
}
