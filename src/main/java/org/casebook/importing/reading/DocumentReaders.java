package org.casebook.importing.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way in for every imported file: checks it exists and is of a sensible size, finds its format from its bytes
 * and hands it to the reader for that format.
 */
public final class DocumentReaders {

    /** The largest file Casebook imports; a letter is far smaller, so anything bigger is a mistake or an attack. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DocumentReaders.class);

    private final Map<String, DocumentReader> byMediaType = new LinkedHashMap<>();
    private final FormatDetector detector = new FormatDetector();
    private final long maxBytes;

    public DocumentReaders(List<DocumentReader> readers) {
        this(readers, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused */
    public DocumentReaders(List<DocumentReader> readers, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        for (DocumentReader reader : readers) {
            DocumentReader previous = byMediaType.putIfAbsent(reader.mediaType(), reader);
            if (previous != null) {
                throw new IllegalArgumentException("Two readers for " + reader.mediaType());
            }
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Readers for every format Casebook reads: PDF, Word (.docx), OpenDocument text, web pages, e-mails and plain text.
     */
    public static DocumentReaders standard() {
        return standard(DEFAULT_MAX_BYTES);
    }

    /**
     * The standard readers refusing files larger than {@code maxBytes}; an e-mail's attachments are read by the same
     * readers (all but the e-mail reader: Casebook reads no e-mail inside an e-mail) under the same limit.
     */
    public static DocumentReaders standard(long maxBytes) {
        DocumentReaders documents = new DocumentReaders(List.of(new PdfDocumentReader(), new DocxDocumentReader(),
                new OdtDocumentReader(), new HtmlDocumentReader(), new TextDocumentReader()), maxBytes);
        return documents.with(new EmailDocumentReader(documents));
    }

    /** Text pasted into the import dialog, read as the plain-text reader reads a file. */
    public SourceText fromPastedText(String text) {
        return new TextDocumentReader().fromPastedText(text);
    }

    /** These readers plus one more, e.g. {@code standard().with(new TextDocumentReader())}. */
    public DocumentReaders with(DocumentReader reader) {
        List<DocumentReader> all = new java.util.ArrayList<>(byMediaType.values());
        all.add(reader);
        return new DocumentReaders(all, maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The reader for this media type, if one is installed. */
    public Optional<DocumentReader> readerFor(String mediaType) {
        return Optional.ofNullable(byMediaType.get(mediaType));
    }

    /**
     * Reads any supported document.
     *
     * @throws ImportException naming the file and saying what is wrong: missing, empty, too big, not a format Casebook
     *                         reads, protected, damaged, or without text
     */
    public SourceText read(Path file) {
        String name = FormatDetector.fileName(file);
        checkSize(file, name);
        DocumentFormat format = detector.detect(file);
        DocumentReader reader = readerFor(format.mediaType()).orElseThrow(() -> new ImportException(name,
                "is " + format.description() + ", which this installation of Casebook cannot read"));
        LOG.debug("Reading {} as {}", name, format);
        try {
            return reader.read(file);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure reading {} as {}", name, format, e);
            throw new ImportException(name, "could not be read as " + format.description()
                    + " (" + e.getClass().getSimpleName() + "); it may be damaged", e);
        }
    }

    private void checkSize(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new ImportException(name, "is a folder, not a document");
        }
        if (!Files.exists(file)) {
            throw new ImportException(name, "cannot be found; it may have been moved or deleted");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(name, "could not be opened (" + e.getClass().getSimpleName() + ")", e);
        }
        if (size == 0) {
            throw new ImportException(name, "is empty");
        }
        if (size > maxBytes) {
            throw new ImportException(name, "is too large to import (" + humanSize(size) + "); Casebook imports documents up to "
                    + humanSize(maxBytes));
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
