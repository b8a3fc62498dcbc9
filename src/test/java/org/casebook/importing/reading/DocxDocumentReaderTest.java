package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.LineStyle;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.StyleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocxDocumentReaderTest {

    @TempDir
    static Path temp;

    private final DocxDocumentReader reader = new DocxDocumentReader();

    private SourceLine line(List<SourceLine> lines, String start) {
        return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start + " in " + lines));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'1. Funding for a trainer', ROMAN",
            "'NHSE offered optional funds', ITALIC",   // paragraph style, italic inherited through basedOn
            "'Roman words then', MIXED",               // character style on one run
            "'Italic response with', MIXED",           // character style toggles the paragraph style's italic off
            "'Set upright by hand', ROMAN"             // direct formatting beats the paragraph style
    })
    void resolvesItalicThroughParagraphAndCharacterStyles(String start, LineStyle expected) throws IOException {
        List<SourceLine> lines = reader.read(TestDocx.styled(temp.resolve("styled.docx"))).lines();
        assertThat(line(lines, start).style()).isEqualTo(expected);
    }

    @Test
    void putsTheItalicRunsWhereTheStyledWordsAre() throws IOException {
        SourceLine mixed = line(reader.read(TestDocx.styled(temp.resolve("runs.docx"))).lines(), "Roman words then");
        assertThat(mixed.runs()).extracting(r -> mixed.text().substring(r.start(), r.end()), StyleRun::italic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Roman words then ", false),
                        org.assertj.core.groups.Tuple.tuple("emphasised words", true));
    }

    @Test
    void resolvesBoldFromACharacterStyle() throws IOException {
        SourceLine strong = line(reader.read(TestDocx.styled(temp.resolve("bold.docx"))).lines(), "Response to concerns");
        assertThat(strong.isBold()).isTrue();
        assertThat(line(reader.read(temp.resolve("bold.docx")).lines(), "NHSE offered").isBold()).isFalse();
    }

    @Test
    void rendersWordListNumbersThatAreNotInTheText() throws IOException {
        List<String> texts = reader.read(TestDocx.numberedWithTable(temp.resolve("numbered.docx"))).lines().stream()
                .map(SourceLine::text).toList();
        assertThat(texts).containsSubsequence(
                "1. Funding was refused",
                "a) The course was dropped",
                "b) Trainers were let go",
                "(i) Without notice",
                "(ii) Without thanks",
                "2. Work is undone",
                "a) Even sabotaged",
                "3. Already numbered by hand");
    }

    @Test
    void readsEachTableRowAsOneLineBetweenTheParagraphs() throws IOException {
        List<String> texts = reader.read(TestDocx.numberedWithTable(temp.resolve("table.docx"))).lines().stream()
                .map(SourceLine::text).toList();
        assertThat(texts).containsSubsequence("3. Already numbered by hand", "Concern in cell A1\tResponse in cell B1",
                "Concern in cell A2\tResponse in cell B2", "After the table.");
    }

    @Test
    void givesOneParagraphPerLineWithFontSizeFromTheStyles() {
        SourceText text = reader.read(FixtureLetter.file("letter.docx"));
        assertThat(text.lines()).allMatch(SourceLine::endsParagraph);
        // styles.xml sets 11pt on "Normal", which the letter's "Body Text" is based on.
        assertThat(text.lines()).extracting(SourceLine::fontSize).containsOnly(11f);
        assertThat(text.mediaType()).isEqualTo(DocumentFormat.DOCX.mediaType());
    }

    @Test
    void refusesAZipBomb() throws IOException {
        Path bomb = TestDocx.zipBomb(temp.resolve("big letter.docx"));
        assertThatThrownBy(() -> DocumentReaders.standard().read(bomb)).isInstanceOf(ImportException.class)
                .hasMessage("big letter.docx: " + DocxDocumentReader.ZIP_BOMB);
    }
}
