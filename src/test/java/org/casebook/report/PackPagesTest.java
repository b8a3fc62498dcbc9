package org.casebook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PackPagesTest {

    /** Two A4 pages, the first with a black square in its top left corner. */
    private static byte[] twoPages() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                content.addRect(0, PDRectangle.A4.getHeight() - 72, 72, 72);
                content.fill();
            }
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void countsThePagesAndDrawsTheFirstAtTheSizeTheDotsPerInchGive() throws IOException {
        try (PackPages pages = PackPages.open(twoPages())) {
            assertThat(pages.pageCount()).isEqualTo(2);
            BufferedImage image = pages.render(0, 72);
            // A4 is 595.3 × 841.9 points; at 72 dpi a point is a pixel, and PDFBox drops the part pixel.
            assertThat(image.getWidth()).isEqualTo(595);
            assertThat(image.getHeight()).isEqualTo(841);
            assertThat(image.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0x000000);
            assertThat(image.getRGB(300, 400) & 0xFFFFFF).isEqualTo(0xFFFFFF);

            BufferedImage twice = pages.render(0, 144);
            assertThat(twice.getWidth()).isEqualTo(1190);
            assertThat(twice.getHeight()).isEqualTo(1683);
            assertThat(pages.pageWidth(1)).isCloseTo(595.3, org.assertj.core.data.Offset.offset(0.1));
            assertThat(pages.aspectRatio(1)).isCloseTo(595.3 / 841.9, org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void refusesAPageThatIsNotThere() throws IOException {
        try (PackPages pages = PackPages.open(twoPages())) {
            assertThatThrownBy(() -> pages.render(2, 72)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> pages.render(0, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesBytesThatAreNotAPdf() {
        assertThatThrownBy(() -> PackPages.open("not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
