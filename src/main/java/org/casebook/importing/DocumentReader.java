package org.casebook.importing;

import java.nio.file.Path;

/** Reads one kind of document into a {@link SourceText} for the splitter. */
public interface DocumentReader {

    /** Reads the file; throws {@link ImportException} with a plain-English problem when it cannot. */
    SourceText read(Path file);

    /** The media type this reader produces, e.g. {@code text/plain}. */
    String mediaType();
}
