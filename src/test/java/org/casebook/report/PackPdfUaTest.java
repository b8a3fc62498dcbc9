package org.casebook.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casebook.domain.ProgressListener;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packs of the fixture letter pass veraPDF's machine checks for PDF/UA-1: every piece of content tagged or marked as
 * an artifact, headings, tables with headers, alternative text on the charts, embedded fonts, a title shown in the
 * window, the language set. (PDF/UA also has checks only a person can make, such as whether alt text is apt.)
 */
class PackPdfUaTest {

    @TempDir
    static Path temp;

    private static PackFixtureCase fixture;

    @BeforeAll
    static void createCase() {
        fixture = PackFixtureCase.create(temp);
    }

    @AfterAll
    static void closeCase() {
        fixture.database.close();
    }

    static Stream<PackOptions> options() {
        PackOptions standard = PackOptions.standard("Briefing pack", PackFixtureCase.MEETING);
        return Stream.of(standard, standard.withLargePrint(true), standard.withRedaction(true).withNotes(true));
    }

    @ParameterizedTest
    @MethodSource("options")
    void packsPassPdfUaOne(PackOptions options) throws Exception {
        PackDocument pack = fixture.services.packService().build(fixture.database,
                PackRequests.of(PackScope.everything(), options), ProgressListener.NONE);

        assertThat(failures(pack.pdf())).as("PDF/UA-1 failures").isEmpty();
    }

    @Test
    void theCheckFailsAnUntaggedPdf() throws Exception {
        assertThat(failures(untagged())).as("an untagged PDF must fail, or the check above proves nothing")
                .isNotEmpty();
    }

    private static List<String> failures(byte[] pdf) throws Exception {
        return PdfUa.failures(pdf);
    }

    private static byte[] untagged() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Not tagged");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
