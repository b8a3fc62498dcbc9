package org.casebook.report;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.RedactedName;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign section as written and laid out: the grid's markup a screen reader relies on, its words in the PDF,
 * names hidden in the answers' first words, a campaign of many questions kept on the page, and PDF/UA-1.
 */
class BriefingPackCampaignTest {

    private static final PackOptions OPTIONS = PackOptions.standard("Briefing", CampaignMatrices.ON);

    @Test
    void theGridIsATableWithQuestionsAsColumnHeadersAndBodiesAsRowHeaders() {
        String xhtml = xhtml(CampaignMatrices.peerSupport(), OPTIONS);

        for (int q = 1; q <= 3; q++) {
            assertThat(xhtml).containsPattern("<th scope=\"col\"[^>]*abbr=\"Question " + q + "\">Q" + q + "</th>");
        }
        assertThat(xhtml).doesNotContain(">Q4</th>");
        assertThat(xhtml).contains("<th scope=\"row\">Ashfield Health Board</th>",
                "<th scope=\"row\">Riverside NHS Foundation Trust</th>");
        String campaign = xhtml.substring(xhtml.indexOf("id=\"campaign-1\""));
        assertThat(count(campaign, "<th scope=\"row\">")).as("a row header per body, late and refusing ones again")
                .isEqualTo(5 + 2 + 3);
        assertThat(xhtml).contains("<h1>FOI campaign: Peer support workers</h1>",
                "<p class=\"kind kind-refused\">Refused (s.12 cost)</p>",
                "<p class=\"kind kind-partly-answered\">Partly answered (s.40 personal data)</p>",
                "href=\"#campaign-1\"");
        assertThat(xhtml).as("each kind's mark is coloured from PackColours")
                .contains(".kind-refused { border-left-color: #b3261e; }");
    }

    @Test
    void thePdfHoldsTheQuestionsAnswersCountsLateBodiesAndRefusals() {
        PackDocument pack = build(CampaignMatrices.peerSupport(), OPTIONS, List.of());
        PdfReadback pdf = PdfReadback.of(pack.pdf());
        String text = pdf.flatText();
        String drawn = pdf.flatTextInDrawingOrder(1, pdf.pageCount());

        assertThat(text).contains("FOI campaign: Peer support workers",
                "Q1 How many peer support workers did the Trust employ on 1 April 2026?",
                "Q3 How much did the Trust spend on lived experience involvement in 2025/26?",
                "Q1: 3 of 5 bodies answered, 2 not answered",
                "Q2: 1 of 5 bodies answered, 1 partly answered, 1 refused, 2 not answered",
                "Q3: 1 of 5 bodies answered, 1 not held, 1 refused, 2 not answered");
        assertThat(drawn).contains("Refused (s.12 cost)", "Partly answered (s.40 personal data)", "Not held",
                "\u201cThe Trust does not record this spending separately.\u201d",
                "Section 40: personal information (refused in part)", "No exemption given",
                "Section 12: cost of compliance over the limit");
        assertThat(drawn).containsPattern("Coastal Care NHS Trust 28 October 2026 26 working days late, long overdue"
                + ".*Ashfield Health Board 24 November 2026 7 working days late");
        assertThat(pdf.bookmarks()).extracting(PdfReadback.Bookmark::title)
                .contains("FOI campaign: Peer support workers");
    }

    @Test
    void aRedactedPackHidesNamesInTheAnswersFirstWords() {
        List<RedactedName> names = List.of(new RedactedName("Tamar", "Requester"));
        String plain = PdfReadback.of(build(CampaignMatrices.peerSupport(), OPTIONS, names).pdf()).flatText();
        PdfReadback redacted = PdfReadback.of(build(CampaignMatrices.peerSupport(), OPTIONS.withRedaction(true), names)
                .pdf());

        assertThat(plain).contains("Dear Tamar, thank you");
        assertThat(redacted.flatText()).contains("Dear [Requester], thank you").doesNotContainIgnoringCase("Tamar");
        assertThat(redacted.anyObjectContains("Tamar")).isFalse();
    }

    @Test
    void manyQuestionsAreListedUnderEachBodyAndStayOnThePage() throws IOException {
        AnswerMatrix wide = CampaignMatrices.many("Paying for involvement", 12, 8);
        String xhtml = xhtml(wide, OPTIONS);
        PackDocument pack = build(wide, OPTIONS, List.of());

        assertThat(xhtml).doesNotContain(">Q1</th>").contains("<table class=\"matrix by-body\">",
                "<th scope=\"col\">Answers</th>");
        String drawn = PdfReadback.of(pack.pdf()).flatTextInDrawingOrder(1, pack.pages());
        assertThat(drawn).contains("Q8: ", "Q8 How many lived experience roles were vacant on 1 April 2026?");
        assertThat(drawn).as("a body that answered nothing has one line")
                .contains("Ashfield A NHS Trust Q1\u2013Q8: Not answered Ashfield NHS Trust Q1: Answered");
        assertThat(rightmostGlyphEdge(pack.pdf())).as("right edge of the text in points; A4 is 595 wide")
                .isLessThan(595 - 40);
        assertThat(rightmostGlyphEdge(build(wide, OPTIONS.withLargePrint(true), List.of()).pdf()))
                .as("right edge in large print").isLessThan(595 - 40);
        assertThat(rightmostGlyphEdge(build(CampaignMatrices.peerSupport(), OPTIONS.withLargePrint(true), List.of())
                .pdf())).as("right edge of the grid and the questions in large print").isLessThan(595 - 40);
    }

    @Test
    void largePrintListsAnswersUnderEachBodyFromFourQuestions() {
        AnswerMatrix four = CampaignMatrices.many("Four questions", 5, 4);
        assertThat(xhtml(four, OPTIONS)).contains(">Q4</th>");
        assertThat(xhtml(four, OPTIONS.withLargePrint(true))).doesNotContain(">Q4</th>")
                .contains("matrix by-body");
        assertThat(xhtml(CampaignMatrices.peerSupport(), OPTIONS.withLargePrint(true))).contains(">Q3</th>");
    }

    @Test
    void campaignPacksPassPdfUaOne() throws Exception {
        assertThat(PdfUa.failures(build(CampaignMatrices.peerSupport(), OPTIONS, List.of()).pdf()))
                .as("PDF/UA-1 failures, five bodies").isEmpty();
        assertThat(PdfUa.failures(build(CampaignMatrices.many("Pay", 50, 3), OPTIONS.withLargePrint(true),
                List.of()).pdf())).as("PDF/UA-1 failures, fifty bodies in large print").isEmpty();
        assertThat(PdfUa.failures(build(CampaignMatrices.many("Pay", 9, 8), OPTIONS, List.of()).pdf()))
                .as("PDF/UA-1 failures, eight questions").isEmpty();
    }

    static PackDocument build(AnswerMatrix matrix, PackOptions options, List<RedactedName> names) {
        return new BriefingPack().build(input(matrix, names), PackScope.everything(), options, ProgressListener.NONE);
    }

    private static PackInput input(AnswerMatrix matrix, List<RedactedName> names) {
        PackInput one = OneLetterCase.input(CampaignMatrices.ON, "A concern.\n\nAn answer.",
                List.of(PackAssemblerCampaignTest.item()));
        return new PackInput(one.snapshot(), one.steps(), "", names, one.today(), List.of(matrix));
    }

    private static String xhtml(AnswerMatrix matrix, PackOptions options) {
        PackText words = new PackText();
        PackModel model = new PackAssembler(words).assemble(input(matrix, List.of()), PackScope.everything(), options);
        return new PackHtml(words).write(model, options, Redactor.none(), CampaignHtml.css());
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
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
}
