package org.casebook.importing.reading;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a text-based PDF into lines carrying italic and bold per character, font size, indent, page and paragraph
 * ends; running headers, footers and page numbers are left out, a table row is one line with its cells apart by tabs
 * and words broken at line ends are mended.
 */
public final class PdfDocumentReader implements DocumentReader {

    static final String PASSWORD = "is protected by a password; remove the password and import it again";
    static final String DAMAGED = "is damaged or not a complete PDF";
    static final String NO_TEXT = "has no text layer — it looks like a scanned letter; "
            + "Casebook cannot read scanned letters yet (they need OCR)";

    /** A complete PDF ends with "%%EOF"; readers accept it within the last 1024 bytes. */
    private static final int EOF_WINDOW = 1024;

    /** Below this many pages per worker, splitting a document costs more than it saves. */
    static final int MIN_PAGES_PER_WORKER = 20;

    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentReader.class);

    private final int workers;

    /** Reads long PDFs on up to as many threads as there are processors, at most four. */
    public PdfDocumentReader() {
        this(Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param workers how many threads may read page ranges of one long PDF at once; 1 reads on the calling thread
     */
    public PdfDocumentReader(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        this.workers = workers;
    }

    @Override
    public String mediaType() {
        return DocumentFormat.PDF.mediaType();
    }

    @Override
    public SourceText read(Path file) {
        String name = FormatDetector.fileName(file);
        if (!endsLikeAPdf(file, name)) {
            throw new ImportException(name, DAMAGED);
        }
        List<PdfLine> raw;
        int pages;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new ImportException(name, DAMAGED);
            }
            raw = PdfPageRanges.collect(file, document, workers, MIN_PAGES_PER_WORKER);
        } catch (InvalidPasswordException e) {
            throw new ImportException(name, PASSWORD, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException importException) {
                throw importException;
            }
            LOG.debug("PDFBox could not read {}", name, e);
            throw new ImportException(name, DAMAGED, e);
        }
        if (raw.isEmpty()) {
            throw new ImportException(name, NO_TEXT);
        }
        List<PdfLine> rows = PdfTableRows.join(RunningHeaderFilter.filter(raw));
        List<SourceLine> lines = HyphenJoiner.join(PdfParagraphs.toSourceLines(rows));
        LOG.debug("Read {}: {} pages, {} lines ({} before removing running heads)", name, pages, lines.size(), raw.size());
        return new SourceText(name, mediaType(), lines, true);
    }

    private static boolean endsLikeAPdf(Path file, String name) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int window = (int) Math.min(EOF_WINDOW, length);
            byte[] tail = new byte[window];
            in.seek(length - window);
            in.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            throw new ImportException(name, "could not be opened (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
