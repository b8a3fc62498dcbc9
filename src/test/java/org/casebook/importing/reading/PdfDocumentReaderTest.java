package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.LineStyle;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDocumentReaderTest {

    @TempDir
    Path temp;

    private final PdfDocumentReader reader = new PdfDocumentReader();

    @Test
    void givesEachLineThePageItIsPrintedOn() throws IOException {
        Path file = FixtureLetter.file("letter.pdf");
        SourceText text = reader.read(file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(text.lines()).extracting(SourceLine::page).containsOnly(1, 2, 3).contains(1, 2, 3);
            for (SourceLine line : text.lines()) {
                PDFTextStripper plain = new PDFTextStripper();
                plain.setStartPage(line.page());
                plain.setEndPage(line.page());
                String page = FixtureLetter.collapse(plain.getText(document));
                String firstWords = String.join(" ", Arrays.asList(line.text().split(" ")).subList(0, Math.min(4, line.text().split(" ").length)));
                assertThat(page).as("page %d holds '%s'", line.page(), line.text()).contains(firstWords);
            }
        }
    }

    @Test
    void mendsAWordBrokenAcrossLinesInTheFixture() {
        // "decision-" ends a line in letter.pdf and "making staff" starts the next.
        SourceText text = reader.read(FixtureLetter.file("letter.pdf"));
        assertThat(text.lines()).anyMatch(l -> l.text().endsWith("decision-making"));
        assertThat(text.lines()).noneMatch(l -> l.text().endsWith("decision-"));
        assertThat(text.fullText()).contains("our decision-making staff");
    }

    @Test
    void dropsRunningHeadersAndPageNumbersAndKeepsTheBody() throws IOException {
        Path file = TestPdfs.threePagesWithHeaderAndFooter(temp.resolve("board-reply.pdf"));
        SourceText text = reader.read(file);
        assertThat(text.fullText()).doesNotContain(TestPdfs.RUNNING_HEADER).doesNotContain("Page 1 of 3")
                .doesNotContain("Page 3 of 3");
        for (int page = 1; page <= 3; page++) {
            int p = page;
            assertThat(text.lines()).filteredOn(l -> l.page() == p).extracting(SourceLine::text)
                    .contains(TestPdfs.bodyLine(page));
        }
    }

    @Test
    void joinsAHyphenatedLineEndWhenTheNextLineStartsLowerCase() throws IOException {
        SourceText text = reader.read(TestPdfs.threePagesWithHeaderAndFooter(temp.resolve("hyphen.pdf")));
        assertThat(text.fullText()).contains("increasing co-production of services").doesNotContain("co- production");
        List<String> lines = text.lines().stream().map(SourceLine::text).toList();
        int nhs = lines.indexOf("money from the NHS-");
        assertThat(nhs).as("a capital after the hyphen is not a broken word").isNotNegative();
        assertThat(lines.get(nhs + 1)).startsWith("England fund");
    }

    @Test
    void marksObliqueGlyphsItalicAndBoldGlyphsBold() throws IOException {
        SourceText text = reader.read(TestPdfs.threePagesWithHeaderAndFooter(temp.resolve("styles.pdf")));
        SourceLine response = text.lines().stream().filter(l -> l.text().startsWith(TestPdfs.ITALIC_LINE)).findFirst().orElseThrow();
        SourceLine heading = text.lines().stream().filter(l -> l.text().equals(TestPdfs.BOLD_LINE)).findFirst().orElseThrow();
        assertThat(response.style()).isEqualTo(LineStyle.ITALIC);
        assertThat(heading.isBold()).isTrue();
        assertThat(heading.style()).isEqualTo(LineStyle.ROMAN);
        assertThat(heading.fontSize()).isEqualTo(14f);
    }

    @Test
    void refusesAPasswordProtectedPdf() throws IOException {
        Path file = TestPdfs.encrypted(temp.resolve("locked letter.pdf"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("locked letter.pdf: " + PdfDocumentReader.PASSWORD);
    }

    @Test
    void refusesAScanWithoutTextLayer() throws IOException {
        Path file = TestPdfs.imageOnly(temp.resolve("scan.pdf"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("scan.pdf: " + PdfDocumentReader.NO_TEXT)
                .hasMessageContaining("OCR");
    }

    @Test
    void refusesATruncatedPdf() throws IOException {
        byte[] whole = Files.readAllBytes(FixtureLetter.file("letter.pdf"));
        Path file = Files.write(temp.resolve("half.pdf"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("half.pdf: " + PdfDocumentReader.DAMAGED);
    }

    @Test
    void refusesAPdfWhoseInsidesAreGarbage() throws IOException {
        byte[] junk = new byte[4000];
        new java.util.Random(7).nextBytes(junk);
        byte[] content = concat("%PDF-1.7\n".getBytes(), junk, "\n%%EOF\n".getBytes());
        Path file = Files.write(temp.resolve("garbled.pdf"), content);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("garbled.pdf: ")
                .hasMessageMatching(".*(" + java.util.regex.Pattern.quote(PdfDocumentReader.DAMAGED) + "|"
                        + java.util.regex.Pattern.quote(PdfDocumentReader.NO_TEXT) + ")");
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Test
    void readsLinesInReadingOrderWithRunsCoveringTheText() {
        List<SourceLine> lines = reader.read(FixtureLetter.file("letter.pdf")).lines();
        assertThat(lines.get(0).text()).isEqualTo("Dear Tamar and colleagues");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.runs()).isNotEmpty();
            assertThat(l.runs().get(0).start()).isZero();
            assertThat(l.runs().get(l.runs().size() - 1).end()).isEqualTo(l.text().length());
        });
    }

    @Test
    void readsALongPdfOnSeveralThreadsExactlyAsOnOne() throws IOException {
        Path file = temp.resolve("long.pdf");
        org.apache.pdfbox.multipdf.PDFMergerUtility merger = new org.apache.pdfbox.multipdf.PDFMergerUtility();
        try (PDDocument all = Loader.loadPDF(FixtureLetter.file("letter.pdf").toFile())) {
            for (int i = 1; i < 15; i++) {
                try (PDDocument copy = Loader.loadPDF(FixtureLetter.file("letter.pdf").toFile())) {
                    merger.appendDocument(all, copy);
                }
            }
            all.save(file.toFile());
        }
        SourceText oneThread = new PdfDocumentReader(1).read(file);
        SourceText threeThreads = new PdfDocumentReader(3).read(file);
        assertThat(threeThreads.lines()).isEqualTo(oneThread.lines());
        assertThat(oneThread.lines()).extracting(SourceLine::page).contains(1, 23, 45);
    }

    @Test
    void readsTextDrawnTwiceForFakeBoldOnce() throws IOException {
        SourceText text = reader.read(TestPdfs.fakeBold(temp.resolve("fake-bold.pdf"), "Response to the group", "We agree."));
        assertThat(text.fullText()).contains("Response to the group").doesNotContain("RResponse").doesNotContain("gg")
                .contains("We agree.");
    }
}
