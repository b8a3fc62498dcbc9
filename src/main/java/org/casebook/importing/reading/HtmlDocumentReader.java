package org.casebook.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a saved web page (.html, .htm) with jsoup: the page's own text without the site's menus, banners, footers and
 * cookie notices ({@link HtmlBoilerplate}), in paragraphs with list labels, table rows and italic kept
 * ({@link HtmlParagraphs}). The charset comes from the byte-order mark or the page's meta charset, as a browser finds it.
 */
public final class HtmlDocumentReader implements DocumentReader {

    static final String NO_TEXT = "is a web page with no text Casebook can read (only menus, links, scripts or images)";

    private static final Logger LOG = LoggerFactory.getLogger(HtmlDocumentReader.class);

    @Override
    public String mediaType() {
        return DocumentFormat.HTML.mediaType();
    }

    @Override
    public SourceText read(Path file) {
        String name = FormatDetector.fileName(file);
        try (InputStream in = Files.newInputStream(file)) {
            return fromPage(name, Jsoup.parse(in, null, ""));
        } catch (IOException e) {
            throw new ImportException(name, "could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** HTML already decoded to characters, such as the HTML body of an e-mail. */
    SourceText fromHtml(String name, String html) {
        return fromPage(name, Jsoup.parse(html));
    }

    private SourceText fromPage(String name, Document page) {
        List<SourceLine> lines = HtmlParagraphs.lines(HtmlBoilerplate.content(page));
        if (lines.isEmpty()) {
            throw new ImportException(name, NO_TEXT);
        }
        LOG.debug("Read {}: {} lines", name, lines.size());
        return new SourceText(name, mediaType(), lines, true);
    }
}
