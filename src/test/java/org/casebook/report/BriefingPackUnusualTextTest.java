package org.casebook.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.Stance;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters come from PDFs, Word files and pasted text: form feeds, characters the pack's typeface lacks, markup-like
 * text and web addresses with no place to break. A pack is still made, every word of it on the page.
 */
class BriefingPackUnusualTextTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 1);
    private static final String LONG_ADDRESS = "https://example.org/" + "a".repeat(300);

    @Test
    void controlCharactersMarkupAndMissingGlyphsDoNotStopThePack() {
        PackDocument pack = build("Pay <b>£20</b> & \"fair\"\fnext\u0001page 😀 共 שלום", "We will <review> it.");

        String text = PdfReadback.of(pack.pdf()).flatText();
        assertThat(text).contains("Pay <b>£20</b> & \"fair\"").contains("next").contains("We will <review> it.");
        assertThat(pack.items()).isEqualTo(1);
    }

    @Test
    void aWordLongerThanTheLineBreaksInsteadOfRunningOffThePage() throws IOException {
        PackDocument pack = build("See " + LONG_ADDRESS, "Noted.");

        assertThat(PdfReadback.of(pack.pdf()).flatText().replaceAll("\\s", "")).contains(LONG_ADDRESS);
        assertThat(rightmostGlyphEdge(pack.pdf())).as("right edge of the text, in points; A4 is 595 wide")
                .isLessThan(595 - 40);
    }

    /** How far right any character of the pack reaches, in points from the page's left edge. */
    private static float rightmostGlyphEdge(byte[] pdf) throws IOException {
        float[] right = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj()));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return right[0];
    }

    private static PackDocument build(String concern, String response) {
        Item item = new Item(1, 1, Optional.empty(), "1", "1", 0, concern, Optional.of(response), Optional.empty(),
                Optional.empty(), Stance.DISPUTE, "");
        return new BriefingPack().build(OneLetterCase.input(TODAY, concern + "\n\n" + response, List.of(item)),
                PackScope.everything(), PackOptions.standard("Briefing", TODAY), ProgressListener.NONE);
    }
}
