package org.casebook.importing.reading;

import java.nio.file.Path;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.SourceText;

/** Reads one document format into a {@link SourceText}. Implementations are stateless and safe to reuse. */
public interface DocumentReader {

    /** The media type this reader handles, e.g. {@code application/pdf}; see {@link DocumentFormat#mediaType()}. */
    String mediaType();

    /**
     * Reads the file. The caller has already checked that the file exists, is not empty and has this format.
     *
     * @throws ImportException naming the file and the problem when it cannot be read
     */
    SourceText read(Path file);
}
