package org.casebook.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casebook.domain.Item;
import org.casebook.domain.Stance;
import org.casebook.domain.TextSpan;
import org.casebook.report.PackModel.Run;
import org.casebook.report.model.PackScope;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The letters in full keep what the Trust's letters say of themselves, "the management's responses shown in
 * italics": the words inside each item's response are set apart from the concerns around them.
 */
class PackLetterTextTest extends PackFixtureTest {

    private static final LocalDate DAY = LocalDate.of(2021, 7, 1);

    @Test
    void theWordsOfEachResponseAreARunOfTheirOwnWithTheLineBreaksJoined() {
        String text = "Dear Forum,\n\n1. Pay is low.\nWe pay the\nrate we can. Thank you.\n\nYours";
        int start = text.indexOf("We pay");
        TextSpan response = new TextSpan(start, text.indexOf(" Thank"));
        Item item = new Item(1, 1, Optional.empty(), "1", "1", 0, "Pay is low.", Optional.of("We pay the rate we can."),
                Optional.empty(), Optional.of(response), Stance.DISPUTE, "");
        // A span past the end of the text (a damaged row) is ignored, not a crash.
        Item damaged = new Item(2, 1, Optional.empty(), "2", "2", 1, "Other", Optional.of("x"), Optional.empty(),
                Optional.of(new TextSpan(text.length() + 5, text.length() + 9)), Stance.UNDECIDED, "");

        PackModel model = new PackAssembler(new PackText()).assemble(OneLetterCase.input(DAY, text, List.of(item, damaged)),
                PackScope.everything(), PackOptions.standard("Pack", DAY));

        List<PackModel.Paragraph> paragraphs = model.letters().get(0).paragraphs();
        assertThat(paragraphs).extracting(PackModel.Paragraph::text)
                .containsExactly("Dear Forum,", "1. Pay is low. We pay the rate we can. Thank you.", "Yours");
        assertThat(paragraphs.get(1).runs()).extracting(Run::text, Run::response).containsExactly(
                tuple("1. Pay is low. ", false), tuple("We pay the rate we can.", true), tuple(" Thank you.", false));
        assertThat(paragraphs.get(0).runs()).extracting(Run::response).containsExactly(false);
    }

    @Test
    void inTheFixturePackTheResponsesAreItalicAndTheConcernsAreNot() throws IOException {
        byte[] pdf = pack(PackScope.everything(), PackOptions.standard("Briefing", PackFixtureCase.MEETING)).pdf();
        PdfReadback readback = PdfReadback.of(pdf);
        int letters = readback.contents(2).stream().filter(e -> e.title().equals("The letters in full")).findFirst()
                .orElseThrow().page();

        String fonts = fontsOf(pdf, letters, readback.pageCount());
        // Each character of the letters in full without spaces, and its face: i (italic) or r; the two openings are
        // item 1's concern and response in expected.json.
        String plain = fixtureText(pdf, letters, readback.pageCount());
        int concern = plain.indexOf("NHSEFundingforband7KUFtrainerhasbeenrefused.");
        int response = plain.indexOf("NHSEofferedoptionalfundstoemployaKUFtrainerfor12months.");
        assertThat(concern).isNotNegative();
        assertThat(response).isGreaterThan(concern);
        assertThat(fonts.substring(concern, concern + 20)).matches("r+");
        assertThat(fonts.substring(response, response + 20)).matches("i+");
    }

    private static String fixtureText(byte[] pdf, int from, int to) throws IOException {
        return positions(pdf, from, to, p -> p.getUnicode());
    }

    private static String fontsOf(byte[] pdf, int from, int to) throws IOException {
        return positions(pdf, from, to, p -> p.getFont().getName().contains("Italic") ? "i".repeat(
                p.getUnicode().length()) : "r".repeat(p.getUnicode().length()));
    }

    /** One string per visible glyph of the pages, in reading order, with nothing between lines or words. */
    private static String positions(byte[] pdf, int from, int to, java.util.function.Function<TextPosition, String> f)
            throws IOException {
        List<String> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                glyphs.stream().filter(g -> !g.getUnicode().isBlank()).forEach(g -> out.add(f.apply(g)));
            }
        };
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return String.join("", out);
    }
}
