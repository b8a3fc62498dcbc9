package org.casebook.report.model;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A finished pack opened for looking at: its pages drawn as pictures for the preview. Not safe to share between
 * threads, so one caller at a time; close it when the preview goes.
 */
public interface PackPreview extends AutoCloseable {

    int pageCount();

    /** A page's width in points (1/72 inch) as it is shown, turned pages counted by their turned width. */
    double pageWidth(int pageIndex);

    /** Width over height of a page as printed, so a preview can keep room for it before it is drawn. */
    double aspectRatio(int pageIndex);

    /** Draws one page (counted from 0) at {@code dpi} dots per inch, in colour on white. */
    BufferedImage render(int pageIndex, float dpi) throws IOException;

    @Override
    void close() throws IOException;
}
