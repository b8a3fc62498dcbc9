package org.casebook.importing.reading;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the corpus's table-shaped document, src/test/resources/corpus/7-ghc-peer-support-workers-table.docx, from
 * {@link TestTables}: run once by hand ({@code java … CorpusTableDocument src/test/resources/corpus}) and the result
 * committed, so the corpus stays a folder of plain files.
 */
public final class CorpusTableDocument {

    public static final String FILE = "7-ghc-peer-support-workers-table.docx";

    private CorpusTableDocument() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        TestTables.docx(folder.resolve(FILE), TestTables.PEER_SUPPORT);
    }
}
