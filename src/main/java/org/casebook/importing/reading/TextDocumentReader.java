package org.casebook.importing.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads plain-text letters: files in any common encoding, and text pasted into the import dialog. */
public class TextDocumentReader implements DocumentReader {

    public static final String MEDIA_TYPE = "text/plain";
    public static final String PASTED = "pasted text";

    private static final Logger LOG = LoggerFactory.getLogger(TextDocumentReader.class);
    /** Far beyond any letter; a file this large is a mistake, and reading it whole would stall the import. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    public TextDocumentReader() {
        // Stateless; a public constructor so the import service can build one like any other reader.
    }

    @Override
    public SourceText read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(name, "is too large to be a letter (over 20 MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + e.getMessage(), e);
        }
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, name);
        LOG.info("Read {} ({} bytes) as {}", name, bytes.length, decoded.charset());
        return toSourceText(name, decoded.text());
    }

    /** Text pasted into the import dialog; same paragraph rules as a file. */
    public SourceText fromPastedText(String text) {
        if (CharsetSniffer.looksBinary(text)) {
            throw new ImportException(PASTED, "does not look like text");
        }
        return toSourceText(PASTED, text);
    }

    /** Text already decoded to characters, such as the plain-text body of an e-mail; same paragraph rules as a file. */
    SourceText fromText(String name, String text) {
        return toSourceText(name, text);
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    private static SourceText toSourceText(String name, String text) {
        if (text.isBlank()) {
            throw new ImportException(name, "is empty: there is no text to import");
        }
        boolean viewerShape = PdfViewerTextReflow.looksLikePdfViewerText(text);
        List<SourceLine> lines = viewerShape ? PdfViewerTextReflow.reflow(text) : PlainTextParagraphs.paragraphs(text);
        LOG.debug("{}: {} paragraphs ({})", name, lines.size(), viewerShape ? "reflowed PDF-viewer text" : "ordinary text");
        return new SourceText(name, MEDIA_TYPE, lines, false);
    }
}
