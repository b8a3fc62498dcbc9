package org.casebook.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.casebook.report.model.PackPreview;

/**
 * A finished pack opened for looking at: its pages drawn as pictures for the preview. PDFBox documents are not safe to
 * share between threads, so one caller at a time; close it when the preview goes.
 */
public final class PackPages implements PackPreview {

    /** PDF user space has 72 units to the inch. */
    private static final float POINTS_PER_INCH = 72f;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PackPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens a PDF held in memory; fails when the bytes are not a PDF. */
    public static PackPages open(byte[] pdf) throws IOException {
        Objects.requireNonNull(pdf, "pdf");
        return new PackPages(Loader.loadPDF(pdf));
    }

    @Override
    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** A page's width in points (1/72 inch) as it is shown, turned pages counted by their turned width. */
    @Override
    public double pageWidth(int pageIndex) {
        PDRectangle box = document.getPage(checked(pageIndex)).getCropBox();
        return document.getPage(pageIndex).getRotation() % 180 != 0 ? box.getHeight() : box.getWidth();
    }

    /** Width over height of a page as printed, so a preview can keep room for it before it is drawn. */
    @Override
    public double aspectRatio(int pageIndex) {
        PDRectangle box = document.getPage(checked(pageIndex)).getCropBox();
        boolean turned = document.getPage(pageIndex).getRotation() % 180 != 0;
        return turned ? box.getHeight() / box.getWidth() : box.getWidth() / box.getHeight();
    }

    /** Draws one page (counted from 0) at {@code dpi} dots per inch, in colour on white. */
    @Override
    public BufferedImage render(int pageIndex, float dpi) throws IOException {
        if (!(dpi > 0)) {
            throw new IllegalArgumentException("Dots per inch must be above 0: " + dpi);
        }
        return renderer.renderImage(checked(pageIndex), dpi / POINTS_PER_INCH, ImageType.RGB);
    }

    private int checked(int pageIndex) {
        Objects.checkIndex(pageIndex, pageCount());
        return pageIndex;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
