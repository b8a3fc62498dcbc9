package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentReadersTest {

    @TempDir
    Path temp;

    /** Stands in for the plain-text reader another engineer writes. */
    private static final class EchoTextReader implements DocumentReader {
        @Override
        public String mediaType() {
            return DocumentFormat.TEXT.mediaType();
        }

        @Override
        public SourceText read(Path file) {
            try {
                return new SourceText(file.getFileName().toString(), mediaType(),
                        List.of(SourceLine.plain(Files.readString(file).strip(), true)), false);
            } catch (IOException e) {
                throw new ImportException(file.getFileName().toString(), "unreadable", e);
            }
        }
    }

    private static final class FailingReader implements DocumentReader {
        @Override
        public String mediaType() {
            return DocumentFormat.TEXT.mediaType();
        }

        @Override
        public SourceText read(Path file) {
            throw new IllegalStateException("bug");
        }
    }

    @Test
    void handsEachFormatToItsReader() throws IOException {
        DocumentReaders readers = new DocumentReaders(List.of(new PdfDocumentReader(), new OdtDocumentReader()))
                .with(new EchoTextReader());
        Path text = Files.writeString(temp.resolve("note.pdf"), "Dear Tamar");
        assertThat(readers.read(text).mediaType()).isEqualTo("text/plain");
        assertThat(readers.read(FixtureLetter.file("letter.pdf")).mediaType()).isEqualTo("application/pdf");
        assertThat(readers.read(FixtureLetter.file("letter.odt")).mediaType()).isEqualTo(DocumentFormat.ODT.mediaType());
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        DocumentReaders readers = new DocumentReaders(List.of(new PdfDocumentReader()), 10_000);
        Path file = Files.copy(FixtureLetter.file("letter.pdf"), temp.resolve("huge.pdf"));
        assertThatThrownBy(() -> readers.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("huge.pdf: is too large to import (44.9 KB); Casebook imports documents up to 9.8 KB");
    }

    @Test
    void allowsFiftyMegabytesByDefault() {
        assertThat(DocumentReaders.standard().maxBytes()).isEqualTo(DocumentReaders.DEFAULT_MAX_BYTES).isEqualTo(50L << 20);
    }

    @Test
    void callsAnEmptyFileEmpty() throws IOException {
        Path file = Files.createFile(temp.resolve("letter.docx"));
        assertThatThrownBy(() -> DocumentReaders.standard().read(file)).isInstanceOf(ImportException.class)
                .hasMessage("letter.docx: is empty");
    }

    @Test
    void saysWhenAFileIsMissing() {
        assertThatThrownBy(() -> DocumentReaders.standard().read(temp.resolve("gone.pdf"))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("gone.pdf: cannot be found");
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void standardReadersReadEveryFormatCasebookNames(DocumentFormat format) {
        assertThat(DocumentReaders.standard().readerFor(format.mediaType())).isPresent();
        assertThat(DocumentReaders.standard(1024).readerFor(format.mediaType())).isPresent();
        assertThat(DocumentFormat.SUPPORTED).contains(format == DocumentFormat.TEXT ? "plain text"
                : format.description().replaceAll(" \\(.*", ""));
    }

    @Test
    void standardReadersReadPlainText() throws IOException {
        Path file = Files.writeString(temp.resolve("note.txt"), "Dear Tamar\n\nThank you.\n");
        SourceText text = DocumentReaders.standard().read(file);
        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(text.fullText()).contains("Dear Tamar").contains("Thank you.");
    }

    @Test
    void saysWhenNoReaderIsInstalledForADetectedFormat() throws IOException {
        Path file = Files.writeString(temp.resolve("note.txt"), "Dear Tamar");
        assertThatThrownBy(() -> new DocumentReaders(List.of(new PdfDocumentReader())).read(file)).isInstanceOf(ImportException.class)
                .hasMessage("note.txt: is plain text, which this installation of Casebook cannot read");
    }

    @Test
    void turnsAReadersUnexpectedFailureIntoAnImportException() throws IOException {
        Path file = Files.writeString(temp.resolve("note.txt"), "Dear Tamar");
        DocumentReaders readers = new DocumentReaders(List.of(new FailingReader()));
        assertThatThrownBy(() -> readers.read(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("note.txt: could not be read as plain text")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesTwoReadersForOneFormat() {
        assertThatThrownBy(() -> new DocumentReaders(List.of(new EchoTextReader(), new FailingReader())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
